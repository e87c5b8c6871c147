package io.kube9.benchmarks;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.scenarios.ForwardRestartScenario;
import io.kube9.benchmarks.scenarios.ForwardScenario;
import io.kube9.benchmarks.scenarios.Labels;
import io.kube9.benchmarks.scenarios.ShellScenario;
import io.kube9.benchmarks.support.BenchKubeconfigs;
import io.kube9.benchmarks.support.Engines;
import io.kube9.benchmarks.support.Forwarding;
import io.kube9.core.Backend;
import io.kube9.core.Kube9Core;
import io.kube9.core.shell.ShellRequest;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.DemoSeed;
import io.kube9.tests.cluster.KubeletContent;
import io.kube9.tests.cluster.KubeletContent.Container;
import io.kube9.tests.cluster.SeededPod;
import io.kube9.tests.cluster.TemporaryNamespace;
import io.kube9.tests.cluster.TestCluster;

/**
 * Acting on pods, on the demo cluster: port-forwards (kubectl through the product against the client's own
 * forward) and Open Shell (the product's exec against kubectl exec). Issue 15, points 3 and 8.
 */
final class ActionBenchmarks {

	static final String FORWARD_KUBECTL = "forward.kubectl";
	static final String FORWARD_CLIENT = "forward.client";
	/** The HTTP port of the demo's web pods (kwok sends every pod's port to the test backend). */
	private static final int WEB_PORT = 8080;

	private ActionBenchmarks() {
	}

	/** Both ways of forwarding the first web pod's port, then a deleted pod behind each. */
	static void forward(BenchKubeconfigs demoKubeconfigs, TestCluster demoCluster, Results results) throws Exception {
		Container web = KubeletContent.STREAMING.where();
		String pod = firstPod(demoCluster, web);
		try (Kube9Core engine = Engines.on(demoKubeconfigs.copy("kubeconfig-forward"), Backend.API_CLIENT)) {
			new ForwardScenario(FORWARD_KUBECTL, Labels.KUBECTL,
					Forwarding.kubectlToPod(engine, Contexts.ADMIN, web.namespace(), pod, WEB_PORT), results).run();
			new ForwardScenario(FORWARD_CLIENT, Labels.API,
					Forwarding.client(engine, Contexts.ADMIN, web.namespace(), pod, WEB_PORT), results).run();
			try (TemporaryNamespace namespace = demoCluster.temporaryNamespace("forward-bench")) {
				new ForwardRestartScenario(engine, demoCluster.adminClient(), Contexts.ADMIN, namespace.name(), results)
						.run();
			}
		}
	}

	/** A shell in the first web pod's container. */
	static void shell(BenchKubeconfigs demoKubeconfigs, TestCluster demoCluster, Results results) throws Exception {
		Container web = KubeletContent.STREAMING.where();
		var kubeconfig = demoKubeconfigs.copy("kubeconfig-shell");
		try (Kube9Core engine = Engines.on(kubeconfig, Backend.API_CLIENT)) {
			new ShellScenario(engine, new ShellRequest(Contexts.ADMIN, web.namespace(), firstPod(demoCluster, web),
					web.container(), null), kubeconfig, results).run(Repetitions.MEDIUM);
		}
	}

	private static String firstPod(TestCluster cluster, Container where) throws Exception {
		return DemoSeed.pods(cluster).stream()
				.filter(seeded -> seeded.namespace().equals(where.namespace())
						&& seeded.name().startsWith(where.app() + "-"))
				.map(SeededPod::name).sorted().findFirst().orElseThrow();
	}
}
