package org.rolecompare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;

/**
 * The application scans only the packages listed on {@link RoleCompareApplication} for components,
 * to start faster; a component (a configuration, a query class, a tasklet's helper) added anywhere
 * else would silently not be a bean. This scans the whole code base, as Spring used to at every
 * start, and requires every component to be in a scanned package.
 */
class ComponentPackagesTests {

    @Test
    void everyComponentIsInAScannedPackage() {
        // given
        List<String> scanned = Arrays.asList(RoleCompareApplication.class.getAnnotation(SpringBootApplication.class).scanBasePackages());
        StandardEnvironment everyProfile = new StandardEnvironment();
        everyProfile.setActiveProfiles("cluster", "worker");
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true, everyProfile);

        // when
        List<String> components = scanner.findCandidateComponents("org.rolecompare").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(name -> !name.equals(RoleCompareApplication.class.getName()))
                .toList();

        // then
        assertThat(components).hasSizeGreaterThan(20)
                .contains("org.rolecompare.cluster.ClusterConfiguration", "org.rolecompare.staging.StagingStore");
        assertThat(components).allSatisfy(component -> assertThat(scanned)
                .as("package of %s", component)
                .contains(component.substring(0, component.lastIndexOf('.'))));
    }
}
