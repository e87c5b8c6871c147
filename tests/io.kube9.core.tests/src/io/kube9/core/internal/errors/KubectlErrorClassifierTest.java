package io.kube9.core.internal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kube9.core.errors.ErrorKind;

/** kubectl's own words for each failure, as kubectl 1.32 prints them. */
class KubectlErrorClassifierTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"error: You must be logged in to the server (Unauthorized)|AUTHENTICATION",
			"Error from server (Forbidden): secrets is forbidden: User \"viewer\" cannot list resource|PERMISSION",
			"Error from server (NotFound): namespaces \"nope\" not found|NOT_FOUND",
			"error: the server doesn't have a resource type \"widgets\"|NOT_FOUND",
			"Unable to connect to the server: dial tcp 127.0.0.1:1: connect: connection refused|REFUSED",
			"Unable to connect to the server: dial tcp: lookup kube9-test.invalid: no such host|DNS",
			"Unable to connect to the server: net/http: TLS handshake timeout|TIMEOUT",
			"Unable to connect to the server: context deadline exceeded (Client.Timeout exceeded)|TIMEOUT",
			"Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown authority|TLS",
			"Error from server (InternalError): an error on the server|SERVER",
			"error: Apply failed with 1 conflict: conflict with \"kubectl-scale\" using apps/v1: .spec.replicas|CONFLICT",
			"Error from server (Conflict): the object has been modified; please apply your changes|CONFLICT",
			"The Deployment \"web\" is invalid: spec.selector: Invalid value: field is immutable|INVALID",
			"error: resource mapping not found: no matches for kind \"Widget\" in version \"example.com/v1\"|INVALID",
			"Error from server (ServiceUnavailable): the server is currently unable to handle the request|SERVER",
			"Error from server (Expired): The provided continue parameter is too old to display a consistent list result.|EXPIRED",
			"error: getting credentials: exec: executable kube9-missing-plugin not found|CREDENTIAL_PLUGIN",
			"error: getting credentials: exec: exit status 3|CREDENTIAL_PLUGIN",
			"error: context \"ghost\" does not exist|KUBECONFIG",
			"error: unable to read client-cert /tmp/x/admin.crt for admin due to open /tmp/x/admin.crt: no such file or directory|KUBECONFIG",
			"something nobody expected|UNKNOWN" })
	void classifiesKubectlStderr(String stderr, ErrorKind expected) {
		assertEquals(expected, KubectlErrorClassifier.classify(1, stderr, "ctx").kind());
	}
}
