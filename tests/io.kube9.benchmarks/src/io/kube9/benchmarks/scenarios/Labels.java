package io.kube9.benchmarks.scenarios;

/** The names the report gives operations and variants; the expectations and targets refer to them. */
public final class Labels {

	public static final String KUBECTL = "kubectl";
	public static final String API_COLD = "API client, cold";
	public static final String API_WARM = "API client, warm";
	public static final String CACHE = "cache";
	public static final String FLOOR = "raw HTTP floor";
	public static final String API = "API client";
	public static final String API_WARM_ENGINE = "API client, engine warm (view only)";
	public static final String BASELINE_NAVIGATOR = "plain Common Navigator (baseline)";

	public static final String LIST_NODES = "list nodes";
	public static final String LIST_NAMESPACES = "list namespaces";
	public static final String LIST_PODS = "list pods, all namespaces";
	public static final String LIST_DEMO_PODS = "list pods, demo seed alone";
	public static final String CONTEXT_SWITCH = "context switch + list pods";
	public static final String FIRST_LOG_LINE = "Show Logs to the first line";
	public static final String FORWARD_FIRST_BYTE = "new port-forward to the first byte";
	public static final String FORWARD_GET = "GET through an open port-forward";
	public static final String FORWARD_THROUGHPUT = "port-forward throughput";
	public static final String FORWARD_SEQUENTIAL = "port-forward, 1,000 sequential connections";
	public static final String FORWARD_PARALLEL = "port-forward, 20 parallel connections";
	public static final String FORWARD_RESTART = "port-forward, pod deleted";
	public static final String SHELL_READY = "Open Shell to the answer of echo";
	public static final String SHELL_PROMPT = "Open Shell to the first prompt byte";

	private Labels() {
	}
}
