package io.kube9.core.internal.warmup;

/**
 * Small answers shaped like the API server's, for the warm-up to parse: the parsers load and initialise the
 * classes a real first answer needs, and nothing is sent anywhere.
 */
final class CannedResponses {

	static final String VERSION = """
			{"major":"1","minor":"36","gitVersion":"v1.36.3","platform":"linux/amd64"}""";

	static final String POD_LIST = """
			{"kind":"PodList","apiVersion":"v1","metadata":{"resourceVersion":"1","continue":"","remainingItemCount":0},
			 "items":[{"metadata":{"name":"web-0","namespace":"default","uid":"0","resourceVersion":"1",
			   "creationTimestamp":"2026-01-01T00:00:00Z","labels":{"app":"web"},
			   "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web","uid":"1","controller":true}],
			   "managedFields":[{"manager":"kubectl","operation":"Update","fieldsV1":{"f:spec":{}}}]},
			  "spec":{"nodeName":"node-0","containers":[{"name":"web","image":"web:1","ports":[{"containerPort":80}]}]},
			  "status":{"phase":"Running","podIP":"10.0.0.1","startTime":"2026-01-01T00:00:00Z",
			   "conditions":[{"type":"Ready","status":"True"}],
			   "containerStatuses":[{"name":"web","ready":true,"restartCount":1,
			     "state":{"running":{"startedAt":"2026-01-01T00:00:00Z"}},
			     "lastState":{"terminated":{"exitCode":1,"reason":"Error"}}}]}},
			  {"metadata":{"name":"job-0","namespace":"default","uid":"2","creationTimestamp":"2026-01-01T00:00:00Z"},
			  "status":{"phase":"Pending","containerStatuses":[{"name":"job","ready":false,"restartCount":0,
			     "state":{"waiting":{"reason":"ContainerCreating"}}}]}}]}""";

	static final String OPERATOR_CONFIG_MAP = """
			{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"kube9-operator-status","namespace":"kube9-system"},
			 "data":{"status":"{\\"mode\\":\\"operated\\",\\"version\\":\\"1.0.0\\",\\"health\\":\\"healthy\\",\
			\\"lastUpdate\\":\\"2026-01-01T00:00:00Z\\",\\"error\\":null}"}}""";

	private CannedResponses() {
	}
}
