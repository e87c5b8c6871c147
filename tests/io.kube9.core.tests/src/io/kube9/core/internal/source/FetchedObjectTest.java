package io.kube9.core.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceRef;

class FetchedObjectTest {

	private static final String SECRET = """
			{"apiVersion":"v1","kind":"Secret","metadata":{"name":"db","namespace":"shop",
			 "annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\\"data\\":{\\"password\\":\\"aHVudGVyMg==\\"}}"},
			 "managedFields":[{"manager":"kubectl"}]},
			 "type":"Opaque","data":{"password":"aHVudGVyMg==","user":"YWRtaW4="}}""";

	private final FetchedObject secret = new FetchedObject(
			new ResourceRef("c", ResourceKinds.SECRETS, "shop", "db"), JsonParser.parseString(SECRET).getAsJsonObject());

	@Test
	void hidesSecretValuesUnlessRevealed() {
		String hidden = secret.yaml(false);
		assertFalse(hidden.contains("aHVudGVyMg=="), hidden);
		assertFalse(hidden.contains("YWRtaW4="), hidden);
		assertTrue(hidden.contains("password: '*****'") || hidden.contains("password: \"*****\""), hidden);
		assertTrue(secret.yaml(true).contains("aHVudGVyMg=="));
	}

	@Test
	void dropsManagedFields() {
		assertFalse(secret.yaml(true).contains("managedFields"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void givesMapsWithValuesMasked() {
		Map<String, Object> data = (Map<String, Object>) secret.asMap().get("data");
		assertEquals(FetchedObject.MASK, data.get("password"));
		assertEquals("Opaque", secret.asMap().get("type"));
	}

	@Test
	void leavesOtherKindsAsTheyAre() {
		FetchedObject configMap = new FetchedObject(new ResourceRef("c", ResourceKinds.CONFIGMAPS, "shop", "cfg"),
				JsonParser.parseString("{\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"cfg\"},\"data\":{\"k\":\"v\"}}")
						.getAsJsonObject());
		assertTrue(configMap.yaml(false).contains("k: v"));
	}
}
