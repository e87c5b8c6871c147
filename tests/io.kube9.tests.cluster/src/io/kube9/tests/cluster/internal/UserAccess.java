package io.kube9.tests.cluster.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.kube9.tests.cluster.Contexts;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.RbacAuthorizationV1Api;
import io.kubernetes.client.openapi.models.RbacV1Subject;
import io.kubernetes.client.openapi.models.V1ClusterRole;
import io.kubernetes.client.openapi.models.V1ClusterRoleBinding;
import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PolicyRule;
import io.kubernetes.client.openapi.models.V1Role;
import io.kubernetes.client.openapi.models.V1RoleBinding;
import io.kubernetes.client.openapi.models.V1RoleRef;

/**
 * RBAC for the token users: viewer gets the built-in 'view' ClusterRole, restricted a Role in team-a only.
 * Also does the job of the missing controller-manager's ClusterRole aggregation: without it the aggregated
 * roles 'view', 'edit' and 'admin' have no rules at all and binding to 'view' would grant nothing.
 */
public final class UserAccess {

	private static final String RBAC_GROUP = "rbac.authorization.k8s.io";
	private static final int MAX_AGGREGATION_PASSES = 5;

	private UserAccess() {
	}

	public static void apply(ApiClient admin) throws ApiException {
		aggregateClusterRoles(admin);
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
	}

	private static RbacV1Subject user(String name) {
		return new RbacV1Subject().kind("User").apiGroup(RBAC_GROUP).name(name);
	}

	/**
	 * Fills every ClusterRole that has an aggregationRule with the rules of the roles its selectors match,
	 * repeated until nothing changes (admin aggregates edit, which aggregates view).
	 */
	static void aggregateClusterRoles(ApiClient admin) throws ApiException {
		RbacAuthorizationV1Api rbac = new RbacAuthorizationV1Api(admin);
		for (int pass = 0; pass < MAX_AGGREGATION_PASSES; pass++) {
			List<V1ClusterRole> roles = rbac.listClusterRole().execute().getItems();
			boolean changed = false;
			for (V1ClusterRole role : roles) {
				if (role.getAggregationRule() == null || role.getAggregationRule().getClusterRoleSelectors() == null) {
					continue;
				}
				Set<V1PolicyRule> rules = new LinkedHashSet<>();
				for (V1ClusterRole candidate : roles) {
					if (candidate != role && matchesAny(candidate, role.getAggregationRule().getClusterRoleSelectors())
							&& candidate.getRules() != null) {
						rules.addAll(candidate.getRules());
					}
				}
				List<V1PolicyRule> current = role.getRules() == null ? List.of() : role.getRules();
				if (!new LinkedHashSet<>(current).equals(rules)) {
					role.setRules(new ArrayList<>(rules));
					rbac.replaceClusterRole(role.getMetadata().getName(), role).execute();
					changed = true;
				}
			}
			if (!changed) {
				return;
			}
		}
	}

	private static boolean matchesAny(V1ClusterRole role, List<V1LabelSelector> selectors) {
		Map<String, String> labels = role.getMetadata().getLabels() == null ? Map.of() : role.getMetadata().getLabels();
		for (V1LabelSelector selector : selectors) {
			boolean onlyLabels = selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty();
			Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
			if (onlyLabels && !wanted.isEmpty()
					&& wanted.entrySet().stream().allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue()))) {
				return true;
			}
		}
		return false;
	}
}
