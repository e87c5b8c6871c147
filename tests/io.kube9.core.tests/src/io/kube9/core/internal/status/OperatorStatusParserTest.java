package io.kube9.core.internal.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import io.kube9.core.status.OperatorStatus;
import io.kube9.core.status.OperatorStatus.Mode;

class OperatorStatusParserTest {

	private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
	private final OperatorStatusParser parser = new OperatorStatusParser(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void healthyAndFreshIsOperated() {
		OperatorStatus status = parse("""
				{"mode":"operated","version":"1.2.0","health":"healthy","lastUpdate":"2026-11-25T11:58:00Z","error":null,
				 "collectionStats":{"totalSuccessCount":10}}""");
		assertEquals(Mode.OPERATED, status.mode());
		assertEquals("1.2.0", status.version());
	}

	@Test
	void theOlderEnabledModeCountsAsOperated() {
		assertEquals(Mode.OPERATED, parse("""
				{"mode":"enabled","version":"0.9","health":"healthy","lastUpdate":"2026-11-25T11:59:00Z"}""").mode());
	}

	@Test
	void unhealthyOrDegradedIsDegradedWithTheReason() {
		OperatorStatus status = parse("""
				{"mode":"operated","version":"1.2.0","health":"unhealthy","lastUpdate":"2026-11-25T11:59:00Z",
				 "error":"collector crashed"}""");
		assertEquals(Mode.DEGRADED, status.mode());
		assertTrue(status.reason().contains("unhealthy") && status.reason().contains("collector crashed"),
				status.reason());
		assertEquals(Mode.DEGRADED, parse("""
				{"mode":"operated","health":"degraded","lastUpdate":"2026-11-25T11:59:00Z"}""").mode());
	}

	@Test
	void staleIsDegraded() {
		OperatorStatus status = parse("""
				{"mode":"operated","health":"healthy","lastUpdate":"2026-11-25T11:54:59Z"}""");
		assertEquals(Mode.DEGRADED, status.mode());
		assertTrue(status.reason().contains("2026-11-25T11:54:59Z"), status.reason());
	}

	@Test
	void unparsableOrIncompleteIsDegraded() {
		assertEquals(Mode.DEGRADED, parse("{not json").mode());
		assertEquals(Mode.DEGRADED, parse("[]").mode());
		assertEquals(Mode.DEGRADED, parse("{\"mode\":\"operated\",\"health\":\"healthy\"}").mode());
		assertEquals(Mode.DEGRADED, parse("""
				{"mode":"operated","health":"healthy","lastUpdate":"yesterday"}""").mode());
		assertEquals(Mode.DEGRADED, parser.parse(new JsonObject()).mode());
	}

	private OperatorStatus parse(String statusJson) {
		JsonObject data = new JsonObject();
		data.add("status", new JsonPrimitive(statusJson));
		JsonObject configMap = new JsonObject();
		configMap.add("data", data);
		return parser.parse(configMap);
	}
}
