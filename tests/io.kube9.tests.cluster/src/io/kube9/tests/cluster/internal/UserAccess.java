package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.kube9.tests.cluster.Contexts;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.RbacAuthorizationV1Api;
import io.kubernetes.client.openapi.models.RbacV1Subject;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1RoleRef;

/**
 * RBAC for the token users: viewer gets the built-in 'view' ClusterRole, restricted a Role in team-a only.
 * Ready when the controller-manager has aggregated 'view'.
 */
public final class UserAccess {

	private static final String RBAC_GROUP = "rbac.authorization.k8s.io";
	private static final Duration AGGREGATION_TIMEOUT = Duration.ofSeconds(30);

	private UserAccess() {
	}

	public static void apply(ApiClient admin) throws ApiException, InterruptedException {
		RbacAuthorizationV1Api rbac = new RbacAuthorizationV1Api(admin);
		rbac.createClusterRoleBinding(new V1ClusterRoleBinding()
				.metadata(new V1ObjectMeta().name("kube9-test-viewer"))
				.roleRef(new V1RoleRef().apiGroup(RBAC_GROUP).kind("ClusterRole").name("view"))
				.addSubjectsItem(user(Tokens.VIEWER_USER))).execute();

		String namespace = Contexts.RESTRICTED_NAMESPACE;
		new CoreV1Api(admin).createNamespace(new V1Namespace().metadata(new V1ObjectMeta().name(namespace)))
				.execute();
		rbac.createNamespacedRole(namespace, new V1Role()
				.metadata(new V1ObjectMeta().name("kube9-test-restricted").namespace(namespace))
				.addRulesItem(new V1PolicyRule()
						.apiGroups(List.of("", "apps", "batch", "networking.k8s.io", "argoproj.io"))
						.resources(List.of("*")).verbs(List.of("get", "list", "watch"))))
				.execute();
		rbac.createNamespacedRoleBinding(namespace, new V1RoleBinding()
				.metadata(new V1ObjectMeta().name("kube9-test-restricted").namespace(namespace))
				.roleRef(new V1RoleRef().apiGroup(RBAC_GROUP).kind("Role").name("kube9-test-restricted"))
				.addSubjectsItem(user(Tokens.RESTRICTED_USER))).execute();
		awaitAggregatedView(rbac);
	}

	private static RbacV1Subject user(String name) {
		return new RbacV1Subject().kind("User").apiGroup(RBAC_GROUP).name(name);
	}

	/**
	 * The controller-manager's clusterrole-aggregation controller fills 'view' (and 'edit', 'admin') with the
	 * rules of the roles labelled for it a moment after start; until then binding to 'view' grants nothing.
	 */
	private static void awaitAggregatedView(RbacAuthorizationV1Api rbac) throws ApiException, InterruptedException {
		try {
			Poll.until("the aggregated ClusterRole view", AGGREGATION_TIMEOUT, Duration.ofMillis(100), () -> {
				List<V1PolicyRule> rules = rbac.readClusterRole("view").execute().getRules();
				return rules != null && rules.stream().anyMatch(rule -> rule.getResources() != null
						&& rule.getResources().contains("pods")) ? Boolean.TRUE : null;
			});
		} catch (TimeoutException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
}
