package io.kube9.tests.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class the shared test cluster: declare a {@link TestCluster} parameter (in a constructor, a
 * lifecycle method or a test method), or call {@link SharedTestCluster#get}. Started once per JVM, reused
 * across test JVMs.
 *
 * <pre>
 * &#64;WithTestCluster
 * class PodListingTest {
 *     &#64;Test
 *     void listsPods(TestCluster cluster) throws Exception {
 *         var pods = new CoreV1Api(cluster.client(Contexts.VIEWER)).listPodForAllNamespaces().execute();
 *         assertEquals(DemoSeed.count("Pod"), pods.getItems().size());
 *     }
 * }
 * </pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(TestClusterExtension.class)
public @interface WithTestCluster {

	/** The data sets the cluster holds; each combination is a cluster of its own. */
	Seed[] value() default { Seed.DEMO };
}
