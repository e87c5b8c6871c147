package io.kube9.benchmarks.scenarios;

import java.util.List;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.support.Kubectl;
import io.kube9.core.Kube9Core;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;

/**
 * Switching the current context, then listing the pods of its namespace, back and forth between two contexts.
 * The old way: {@code kubectl config use-context}, then {@code kubectl get pods -o json}, two processes. The API
 * client: core writes current-context into the kubeconfig file, then lists through the context's client. Both
 * engines work on the same private kubeconfig copy.
 */
public final class ContextSwitchScenario {

	private final Kube9Core api;
	private final Kube9Core kubectlEngine;
	private final Kubectl kubectl;
	private final List<String> contexts;
	private final Results results;

	public ContextSwitchScenario(Kube9Core api, Kube9Core kubectlEngine, Kubectl kubectl, List<String> contexts,
			Results results) {
		this.api = api;
		this.kubectlEngine = kubectlEngine;
		this.kubectl = kubectl;
		this.contexts = List.copyOf(contexts);
		this.results = results;
	}

	public void run(Repetitions repetitions) throws Exception {
		int[] turn = { 0 };
		results.time("switch.kubectl", Labels.CONTEXT_SWITCH, Labels.KUBECTL, repetitions, () -> {
			String target = next(turn);
			kubectl.run("config", "use-context", target);
			kubectlEngine.resources().refresh(pods(kubectlEngine, target));
		});
		results.time("switch.api", Labels.CONTEXT_SWITCH, Labels.API_WARM, repetitions, () -> {
			String target = next(turn);
			api.kubeconfig().setCurrentContext(target);
			api.resources().refresh(pods(api, target));
		});
	}

	private String next(int[] turn) {
		return contexts.get(turn[0]++ % contexts.size());
	}

	private static ResourceQuery pods(Kube9Core engine, String context) {
		return ResourceQuery.of(context, ResourceKinds.PODS).inNamespace(engine.kubeconfig().activeNamespace(context));
	}
}
