package io.kube9.tests.cluster;

import java.io.IOException;

import io.kube9.tests.cluster.internal.ClusterState;
import io.kube9.tests.cluster.internal.DemoWriter;
import io.kube9.tests.cluster.internal.OperatorStatus;
import io.kube9.tests.cluster.internal.SeedMarker;
import io.kube9.tests.cluster.internal.UserAccess;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;

/**
 * Brings a started cluster to what tests expect: users and RBAC once, then each requested seed unless its
 * marker says it is there. The state records a seed in progress, so a JVM that dies mid-seed leaves a cluster
 * the next JVM recognises as unusable instead of seeding it twice.
 */
final class ClusterPreparation {

	static final String DEMO_KEY = "demo";

	private ClusterPreparation() {
	}

	static void prepare(TestCluster cluster, ClusterState state) throws IOException, ApiException, InterruptedException {
		ApiClient admin = cluster.adminClient();
		if (!ClusterState.PHASE_READY.equals(state.phase())) {
			UserAccess.apply(admin);
			state.phase(ClusterState.PHASE_READY);
			state.save();
		}
		if (cluster.seeds().contains(Seed.DEMO)) {
			if (SeedMarker.isSeeded(admin, DEMO_KEY)) {
				OperatorStatus.refresh(admin);
			} else {
				state.seeding(DEMO_KEY);
				state.save();
				DemoWriter.write(admin);
				finish(admin, state, DEMO_KEY, "demo seed");
			}
		}
		if (cluster.seeds().contains(Seed.LARGE)) {
			LargeSeed.Spec spec = cluster.largeSpec();
			if (!SeedMarker.isSeeded(admin, spec.key())) {
				state.seeding(spec.key());
				state.save();
				// A client of its own: the large seed raises its dispatcher limits.
				LargeSeed.seed(cluster.client(Contexts.ADMIN), spec);
				finish(admin, state, spec.key(), spec.toString());
			}
		}
	}

	private static void finish(ApiClient admin, ClusterState state, String key, String description)
			throws ApiException, IOException {
		SeedMarker.mark(admin, key, description);
		state.seeding(null);
		state.save();
	}
}
