package io.kube9.tests.cluster.selftest;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.AuthenticationV1Api;
import io.kubernetes.client.openapi.models.V1SelfSubjectReview;
import io.kubernetes.client.openapi.models.V1UserInfo;

/** Asks the API server who a client is (SelfSubjectReview): proves which credentials actually arrived. */
final class Whoami {

	private Whoami() {
	}

	static V1UserInfo of(ApiClient client) throws ApiException {
		return new AuthenticationV1Api(client).createSelfSubjectReview(new V1SelfSubjectReview()).execute().getStatus()
				.getUserInfo();
	}
}
