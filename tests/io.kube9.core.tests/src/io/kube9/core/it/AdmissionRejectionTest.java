package io.kube9.core.it;

import static io.kube9.core.it.ChangeFixtures.configMap;
import static io.kube9.core.it.ChangeFixtures.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kube9.core.Kube9Core;
import io.kube9.core.changes.DocumentPreview;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceRef;
import io.kube9.tests.cluster.Contexts;
import io.kube9.tests.cluster.SharedTestCluster;
import io.kube9.tests.cluster.TemporaryNamespace;

/**
 * An admission rejection (a ValidatingAdmissionPolicy of the real API server, scoped to the test's namespace) is
 * reported on the document it concerns, as invalid with the policy's message, already by the dry run.
 */
class AdmissionRejectionTest {

	@Test
	void aPolicyRejectionIsReportedOnItsDocument() throws Exception {
		try (TemporaryNamespace namespace = SharedTestCluster.get().temporaryNamespace("admission");
				Kube9Core engine = Engines.on(SharedTestCluster.get().kubeconfigs().all())) {
			String name = "kube9-test-" + namespace.name();
			List<ResourceRef> policy = new ArrayList<>();
			try {
				for (DocumentPreview document : engine.changes().previewDocuments(Contexts.ADMIN,
						policy(name, namespace.name()), null)) {
					assertNull(document.failure(), () -> document.failure().getMessage() + " " + document.failure().detail());
					engine.changes().apply(document.preview(), false, false);
					policy.add(document.preview().ref());
				}
				String rejected = configMap(namespace.name(), "settings", "one").replace("  key: one",
						"  forbidden: \"yes\"");
				String accepted = configMap(namespace.name(), "other", "one");
				List<DocumentPreview> documents = new ArrayList<>();
				// The API server loads a new policy a moment after it was created.
				eventually("the policy in force", () -> {
					try {
						documents.clear();
						documents.addAll(engine.changes().previewDocuments(Contexts.ADMIN, rejected + "---\n" + accepted,
								null));
						return documents.get(0).failure() != null;
					} catch (KubeException e) {
						throw new AssertionError(e);
					}
				});
				KubeException failure = documents.get(0).failure();
				assertEquals(ErrorKind.INVALID, failure.kind());
				assertTrue(failure.detail().contains("the key forbidden is not allowed"), failure.detail());
				assertNull(documents.get(1).failure(), "the other document is answered on its own");
				assertTrue(documents.get(1).preview().creates());
			} finally {
				for (int i = policy.size() - 1; i >= 0; i--) {
					engine.changes().delete(policy.get(i));
				}
			}
		}
	}

	private static String policy(String name, String namespace) {
		return """
				apiVersion: admissionregistration.k8s.io/v1
				kind: ValidatingAdmissionPolicy
				metadata:
				  name: %1$s
				spec:
				  failurePolicy: Fail
				  matchConstraints:
				    resourceRules:
				    - apiGroups: [""]
				      apiVersions: ["v1"]
				      operations: ["CREATE", "UPDATE"]
				      resources: ["configmaps"]
				  validations:
				  - expression: "!has(object.data) || !('forbidden' in object.data)"
				    message: "kube9 test: the key forbidden is not allowed"
				---
				apiVersion: admissionregistration.k8s.io/v1
				kind: ValidatingAdmissionPolicyBinding
				metadata:
				  name: %1$s
				spec:
				  policyName: %1$s
				  validationActions: [Deny]
				  matchResources:
				    namespaceSelector:
				      matchLabels:
				        kubernetes.io/metadata.name: %2$s
				""".formatted(name, namespace);
	}
}
