package io.kube9.core.internal.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.kube9.core.internal.source.Json;
import io.kube9.core.status.OperatorStatus;
import io.kube9.core.status.OperatorStatus.Mode;

/**
 * Reads the operator's status ConfigMap: its data key {@code status} holds JSON with mode, version, health,
 * lastUpdate and error. Healthy and updated within five minutes is operated; anything else is degraded, with
 * the reason.
 */
public final class OperatorStatusParser {

	static final Duration STALE_AFTER = Duration.ofMinutes(5);

	private final Clock clock;

	public OperatorStatusParser(Clock clock) {
		this.clock = clock;
	}

	public OperatorStatus parse(JsonObject configMap) {
		String text = Json.text(configMap, "data.status");
		if (text.isEmpty()) {
			return degraded("", StatusMessages.operator_noStatus);
		}
		JsonObject status;
		try {
			JsonElement parsed = JsonParser.parseString(text);
			if (!parsed.isJsonObject()) {
				return degraded("", StatusMessages.operator_unparsable);
			}
			status = parsed.getAsJsonObject();
		} catch (JsonParseException e) {
			return degraded("", StatusMessages.operator_unparsable);
		}
		String version = Json.text(status, "version");
		String mode = Json.text(status, "mode");
		String health = Json.text(status, "health");
		String lastUpdate = Json.text(status, "lastUpdate");
		if (mode.isEmpty() || health.isEmpty() || lastUpdate.isEmpty()) {
			return degraded(version, StatusMessages.operator_missingFields);
		}
		if (!"operated".equals(mode) && !"enabled".equals(mode)) {
			return degraded(version, NLS.bind(StatusMessages.operator_unknownMode, mode));
		}
		if (!"healthy".equals(health)) {
			String error = Json.text(status, "error");
			return degraded(version, error.isEmpty() ? NLS.bind(StatusMessages.operator_health, health)
					: NLS.bind(StatusMessages.operator_healthWithError, health, error));
		}
		Instant updated;
		try {
			updated = Instant.parse(lastUpdate);
		} catch (DateTimeParseException e) {
			return degraded(version, StatusMessages.operator_unparsable);
		}
		if (Duration.between(updated, clock.instant()).compareTo(STALE_AFTER) > 0) {
			return degraded(version, NLS.bind(StatusMessages.operator_stale, lastUpdate));
		}
		return new OperatorStatus(Mode.OPERATED, version, "");
	}

	private static OperatorStatus degraded(String version, String reason) {
		return new OperatorStatus(Mode.DEGRADED, version, reason);
	}
}
