package io.kube9.core.internal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class RedactorTest {

	@Test
	void masksBearerTokensJwtsAndCredentialValues() {
		String text = "Authorization: Bearer abc.def-123 and eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl "
				+ "token: s3cr3tvalue password=hunter22 \"client-key-data\": \"LS0tLS1CRUdJTg==\"";
		String redacted = Redactor.redact(text);
		for (String secret : new String[] { "abc.def-123", "eyJhbGciOiJSUzI1NiJ9", "s3cr3tvalue", "hunter22",
				"LS0tLS1CRUdJTg==" }) {
			assertFalse(redacted.contains(secret), secret + " in " + redacted);
		}
	}

	@Test
	void masksRegisteredCredentialsAnywhere() {
		Redactor.register("plain-looking-credential-42");
		assertEquals("plugin said *** was rejected",
				Redactor.redact("plugin said plain-looking-credential-42 was rejected"));
	}

	@Test
	void leavesOrdinaryTextAlone() {
		assertEquals("pods is forbidden: User \"viewer\" cannot list", Redactor.redact(
				"pods is forbidden: User \"viewer\" cannot list"));
	}
}
