package org.rolecompare.cluster;

import java.time.Duration;

import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.BeanFactoryStepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Cluster mode, the worker's side: takes partition requests from the queue and runs the same
 * {@code pdfReportsWorker} step the one-machine mode runs on its threads, through Spring Batch's
 * {@link StepExecutionRequestHandler}.
 *
 * <p>The listener takes one request per consumer at a time (prefetch 1) and acknowledges it only
 * when the partition has ended. So a worker that dies ({@code kill -9}, power loss) hands its
 * partition back: the broker redelivers the request to another worker, which resumes the step
 * execution from its last committed chunk. On SIGTERM the listener stops taking requests and gives
 * the running partitions {@code cluster.worker-stop-timeout} to finish; what is still running then
 * goes back to the queue the same way ({@link WorkerShutdown}). A request that cannot be handled is dropped rather than
 * redelivered forever; its partition then stays unfinished and the manager's timeout and the next
 * run deal with it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("worker")
class WorkerConfiguration {

    @Bean
    StepExecutionRequestHandler stepExecutionRequestHandler(JobRepository jobRepository, BeanFactoryStepLocator stepLocator) {
        StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(stepLocator);
        return handler;
    }

    @Bean
    BeanFactoryStepLocator stepLocator() {
        return new BeanFactoryStepLocator();
    }

    @Bean
    PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository, StepExecutionRequestHandler stepExecutionRequestHandler) {
        return new PartitionRequestHandler(jobRepository, stepExecutionRequestHandler);
    }

    @Bean
    SimpleMessageListenerContainer partitionListener(ConnectionFactory connectionFactory, Queue partitionQueue,
                                                     @Value("${rolecompare.cluster.worker-threads:1}") int threads,
                                                     @Value("${rolecompare.cluster.worker-stop-timeout}") Duration stopTimeout) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueues(partitionQueue);
        container.setConcurrentConsumers(Math.max(1, threads));
        container.setPrefetchCount(1);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        container.setDefaultRequeueRejected(false);
        container.setShutdownTimeout(stopTimeout.toMillis());
        // after the stop timeout the container must not close the channel of a partition still rendering: closing it
        // interrupts the rendering thread, which fails the partition (and the run) in the moment before the worker halts
        // to hand the partition back (WorkerShutdown); the halt drops the connection, and the broker redelivers
        container.setForceCloseChannel(false);
        return container;
    }

    @Bean
    WorkerShutdown workerShutdown(SimpleMessageListenerContainer partitionListener, PartitionRequestHandler partitionRequestHandler) {
        return new WorkerShutdown(partitionListener, partitionRequestHandler);
    }

    @Bean
    IntegrationFlow partitionRequestsFromBroker(SimpleMessageListenerContainer partitionListener, MessageConverter partitionRequestConverter,
                                                PartitionRequestHandler partitionRequestHandler) {
        return IntegrationFlow.from(Amqp.inboundAdapter(partitionListener).messageConverter(partitionRequestConverter))
                .handle(partitionRequestHandler, "handle")
                .get();
    }
}
