package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.load;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.withKubeconfig;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.KubeconfigProblem;

/** No token, password, key or other credential ever shows up in a toString() or a message. */
class CredentialRedactionTest {

	private static final String SECRET = "S3CR3T";

	/** Every credential field a kubeconfig can hold, each with the secret marker in its value. */
	private static final String WITH_CREDENTIALS = """
			current-context: token
			clusters:
			- name: c
			  cluster:
			    server: https://c:6443
			- name: no-ca
			  cluster:
			    server: https://c:6443
			    certificate-authority: missing-ca.crt
			users:
			- name: token
			  user:
			    token: S3CR3T-token
			- name: basic
			  user:
			    username: admin
			    password: S3CR3T-password
			- name: keys
			  user:
			    client-certificate-data: S3CR3T-cert-data
			    client-key-data: S3CR3T-key-data
			- name: oidc
			  user:
			    auth-provider:
			      name: oidc
			      config: {id-token: S3CR3T-id, refresh-token: S3CR3T-refresh, client-secret: S3CR3T-client}
			- name: azure
			  user:
			    auth-provider:
			      name: azure
			      config: {access-token: S3CR3T-azure}
			- name: exec
			  user:
			    token: S3CR3T-beside-exec
			    exec:
			      apiVersion: client.authentication.k8s.io/v1alpha1
			      command: plugin
			      env: [{name: PASSWORD, value: S3CR3T-env}]
			contexts:
			- {name: token, context: {cluster: c, user: token}}
			- {name: basic, context: {cluster: no-ca, user: basic}}
			- {name: keys, context: {cluster: c, user: keys}}
			- {name: oidc, context: {cluster: c, user: oidc}}
			- {name: azure, context: {cluster: c, user: azure}}
			- {name: exec, context: {cluster: c, user: exec}}
			""";

	@TempDir
	Path dir;

	@Test
	void contextsEntriesProblemsAndErrorsNameNoCredential() {
		Path file = write(dir.resolve("config"), WITH_CREDENTIALS);
		MergedKubeconfig merged = load(withKubeconfig(dir, file));
		// The fixture must really carry the secrets, or this test proves nothing.
		assertEquals("S3CR3T-token", merged.find("token").orElseThrow().user().get("token"));
		assertEquals(6, merged.contexts().size());

		List<String> texts = new ArrayList<>();
		texts.add(merged.toString());
		int problems = 0;
		int errors = 0;
		for (KubeContext context : merged.contexts()) {
			texts.add(context.toString());
			ContextEntries entries = merged.find(context.name()).orElseThrow();
			texts.add(entries.toString());
			if (context.problem() != null) {
				problems++;
				texts.add(context.problem().message());
				KubeException error = assertThrows(KubeException.class, () -> merged.entries(context.name()));
				errors++;
				texts.add(error.toString());
				texts.add(error.getMessage());
				texts.add(error.action());
				texts.add(error.detail());
			}
		}
		assertEquals(3, problems, "no-ca, azure and exec have problems");
		assertEquals(problems, errors);
		assertNoSecret(texts);
	}

	@Test
	void yamlErrorsDoNotQuoteTheLineTheyFoundOnTheWay() {
		// SnakeYAML's own messages quote the offending line; ours must not.
		Path escape = write(dir.resolve("escape"), "users:\n- name: u\n  user:\n    token: \"S3CR3T\\q-escape\"\n");
		Path tab = write(dir.resolve("tab"), "users:\n- name: u\n  user:\n    token: S3CR3T-tab\n\ttoken2: S3CR3T-after-tab\n");
		Path mapping = write(dir.resolve("mapping"), "users:\n- name: u\n  user:\n    token: S3CR3T: nested-colon\n");
		Path tag = write(dir.resolve("tag"), "users:\n- name: u\n  user:\n    token: !!int S3CR3T-int\n");
		Path javaType = write(dir.resolve("java"), "users: !!java.util.ArrayList [S3CR3T-type]\n");

		MergedKubeconfig merged = load(withKubeconfig(dir, escape, tab, mapping, tag, javaType));

		assertEquals(5, merged.problems().size(), merged.problems().toString());
		List<String> texts = new ArrayList<>();
		for (KubeconfigProblem problem : merged.problems()) {
			assertTrue(problem.message().contains("not valid YAML"), problem.message());
			texts.add(problem.message());
			texts.add(problem.toString());
		}
		assertNoSecret(texts);
	}

	@Test
	void namedEntriesHideTheirBody() {
		Path file = write(dir.resolve("config"), WITH_CREDENTIALS);
		KubeconfigFile read = new KubeconfigFileReader().read(file);

		List<String> texts = new ArrayList<>();
		read.users().forEach(user -> texts.add(user.toString()));

		assertEquals(6, texts.size());
		assertNoSecret(texts);
	}

	private static void assertNoSecret(List<String> texts) {
		for (String text : texts) {
			assertFalse(text != null && text.contains(SECRET), "a credential leaked into: " + text);
		}
	}
}
