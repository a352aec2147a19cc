package org.rolecompare.cluster;

import java.time.Duration;
import java.util.List;

import org.rolecompare.job.GracefulStop;
import org.rolecompare.job.ReportSteps;
import org.springframework.amqp.core.AmqpTemplate;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.amqp.support.converter.SimpleMessageConverter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster mode, the manager's side (and what workers share with it): the report step's partitions
 * go to worker processes over RabbitMQ instead of to local threads. Only the
 * {@code pdfReportsPartitionHandler} bean differs from the one-machine mode; the manager step, the
 * partitioner and the worker step are the same beans in both modes.
 *
 * <p>Spring Batch's own remote partitioning does the work: a {@link RemotePartitionHandler} (a
 * {@code MessageChannelPartitionHandler}) sends one {@link StepExecutionRequest} per partition to a
 * durable queue and then polls the shared job repository until every partition has ended, rather
 * than waiting for replies, which could mix up two jobs' replies. Requests travel as serialized
 * Java objects; the converter accepts only the request class on the way in.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
class ClusterConfiguration {

    static final String REQUESTS_CHANNEL = "partitionRequests";
    private static final long POLL_INTERVAL_MILLIS = 1000;

    @Bean
    Queue partitionQueue(@Value("${rolecompare.cluster.queue}") String name) {
        return QueueBuilder.durable(name).build();
    }

    /** Java serialization, allowed for the partition request only (Spring AMQP refuses anything not listed). */
    @Bean
    MessageConverter partitionRequestConverter() {
        SimpleMessageConverter converter = new SimpleMessageConverter();
        converter.setAllowedListPatterns(List.of(StepExecutionRequest.class.getName(), "java.lang.*"));
        return converter;
    }

    @Bean(REQUESTS_CHANNEL)
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(AmqpTemplate amqpTemplate, Queue partitionQueue) {
        return IntegrationFlow.from(REQUESTS_CHANNEL)
                .handle(Amqp.outboundAdapter(amqpTemplate).routingKey(partitionQueue.getName()))
                .get();
    }

    @Bean
    RemotePartitionHandler pdfReportsPartitionHandler(JobRepository jobRepository, DirectChannel partitionRequests,
                                                      Queue partitionQueue, @Value("${rolecompare.cluster.timeout}") Duration timeout,
                                                      GracefulStop gracefulStop) {
        RemotePartitionHandler handler = new RemotePartitionHandler(jobRepository, partitionQueue.getName(), timeout, gracefulStop);
        handler.setStepName(ReportSteps.WORKER);
        handler.setJobRepository(jobRepository);
        handler.setMessagingOperations(new MessagingTemplate(partitionRequests));
        handler.setPollInterval(POLL_INTERVAL_MILLIS);
        handler.setTimeout(timeout.toMillis());
        return handler;
    }

    @Bean
    ClusterRecovery clusterRecovery(JdbcTemplate jdbcTemplate, JobRepository jobRepository) {
        return new ClusterRecovery(jdbcTemplate, jobRepository);
    }
}
