package io.kube9.core.internal.client;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.errors.Redactor;
import io.kube9.core.internal.source.CancellationSignal;

/**
 * Runs an exec credential plugin (client.authentication.k8s.io v1 or v1beta1) the way kubectl does, but with a
 * time limit, with its stderr kept for the error shown to the user, and found also where an IDE's PATH does not
 * look. Whatever it answers that is not a usable credential is a classified error, never an exception's text.
 */
public final class ExecCredentialPlugin {

	private static final int MAX_STDERR = 2000;

	private final Executables executables;
	private final Clock clock;

	public ExecCredentialPlugin(Executables executables) {
		this(executables, Clock.systemUTC());
	}

	/** @param clock tells an already expired credential */
	public ExecCredentialPlugin(Executables executables, Clock clock) {
		this.executables = executables;
		this.clock = clock;
	}

	@SuppressWarnings("unchecked")
	public ExecCredential run(String context, Map<String, Object> exec, Duration timeout) throws KubeException {
		String apiVersion = String.valueOf(exec.get("apiVersion"));
		String command = exec.get("command") instanceof String text ? text : "";
		Path executable = executables.find(command).orElseThrow(() -> notFound(context, command, exec));

		List<String> argv = new ArrayList<>();
		argv.add(executable.toString());
		if (exec.get("args") instanceof List<?> args) {
			args.forEach(arg -> argv.add(String.valueOf(arg)));
		}
		Map<String, String> environment = new HashMap<>();
		environment.put("PATH", executables.pathVariable());
		if (exec.get("env") instanceof List<?> entries) {
			for (Object entry : entries) {
				if (entry instanceof Map<?, ?> variable && variable.get("name") != null) {
					environment.put(String.valueOf(variable.get("name")), String.valueOf(variable.get("value")));
				}
			}
		}
		environment.put("KUBERNETES_EXEC_INFO",
				"{\"apiVersion\":\"" + apiVersion + "\",\"kind\":\"ExecCredential\",\"spec\":{\"interactive\":false}}");

		ProcessRunner.Result result;
		try {
			result = ProcessRunner.run(argv, environment, timeout, CancellationSignal.none());
		} catch (ProcessRunner.OutputLeftOpenException e) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					NLS.bind(ClientMessages.plugin_outputLeftOpen, command, timeout.toSeconds()), e);
		} catch (TimeoutException e) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					NLS.bind(ClientMessages.plugin_timeout, command, timeout.toSeconds()), e);
		} catch (IOException e) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					NLS.bind(ClientMessages.plugin_cannotRun, command, e.getMessage()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context, NLS.bind(ClientMessages.plugin_interrupted, command),
					e);
		}
		if (result.exitCode() != 0) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					NLS.bind(ClientMessages.plugin_exited, command, result.exitCode()) + stderrOf(result));
		}
		try {
			return parse(apiVersion, result);
		} catch (InvalidAnswer e) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					NLS.bind(ClientMessages.plugin_failed, command, e.getMessage()) + stderrOf(result));
		}
	}

	/** Why an answer is not a usable credential, in words for the user. */
	private static final class InvalidAnswer extends Exception {

		private static final long serialVersionUID = 1L;

		InvalidAnswer(String reason) {
			super(reason, null, false, false);
		}
	}

	private ExecCredential parse(String apiVersion, ProcessRunner.Result result) throws InvalidAnswer {
		String output = result.stdoutText();
		if (output.isBlank()) {
			throw new InvalidAnswer(ClientMessages.plugin_noOutput);
		}
		JsonElement parsed;
		try {
			parsed = JsonParser.parseString(output);
		} catch (JsonParseException e) {
			throw new InvalidAnswer(ClientMessages.plugin_notJson);
		}
		if (!parsed.isJsonObject() || !"ExecCredential".equals(text(parsed.getAsJsonObject(), "kind"))) {
			throw new InvalidAnswer(ClientMessages.plugin_notExecCredential);
		}
		JsonObject root = parsed.getAsJsonObject();
		String answered = text(root, "apiVersion");
		if (!apiVersion.equals(answered)) {
			throw new InvalidAnswer(NLS.bind(ClientMessages.plugin_wrongApiVersion, answered, apiVersion));
		}
		if (!(root.get("status") instanceof JsonObject status)) {
			throw new InvalidAnswer(ClientMessages.plugin_noStatus);
		}
		String token = text(status, "token");
		String certificate = text(status, "clientCertificateData");
		String key = text(status, "clientKeyData");
		if (token == null && certificate == null && key == null) {
			throw new InvalidAnswer(ClientMessages.plugin_noCredential);
		}
		if (token == null && key == null) {
			throw new InvalidAnswer(ClientMessages.plugin_certificateWithoutKey);
		}
		if (token == null && certificate == null) {
			throw new InvalidAnswer(ClientMessages.plugin_keyWithoutCertificate);
		}
		Redactor.register(token);
		Redactor.register(key);
		Instant expiresAt = expiration(status);
		if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
			throw new InvalidAnswer(NLS.bind(ClientMessages.plugin_expired, expiresAt));
		}
		return new ExecCredential(token, certificate, key, expiresAt);
	}

	private static Instant expiration(JsonObject status) throws InvalidAnswer {
		String expiration = text(status, "expirationTimestamp");
		try {
			return expiration == null ? null : Instant.parse(expiration);
		} catch (DateTimeParseException e) {
			throw new InvalidAnswer(ClientMessages.plugin_badExpiration);
		}
	}

	/** A text member; null when absent, null or empty (an empty token is no token, as for kubectl). */
	private static String text(JsonObject object, String member) throws InvalidAnswer {
		JsonElement value = object.get(member);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (!value.isJsonPrimitive()) {
			throw new InvalidAnswer(NLS.bind(ClientMessages.plugin_unreadableField, member));
		}
		String text = value.getAsString();
		return text.isEmpty() ? null : text;
	}

	private KubeException notFound(String context, String command, Map<String, Object> exec) {
		String hint = exec.get("installHint") instanceof String text && !text.isBlank() ? "\n" + text.strip() : "";
		return Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
				NLS.bind(ClientMessages.plugin_notFound, command, executables.searchPath().size()) + hint);
	}

	private static String stderrOf(ProcessRunner.Result result) {
		String stderr = result.stderr().strip();
		if (stderr.isEmpty()) {
			return "";
		}
		return ":\n" + (stderr.length() > MAX_STDERR ? stderr.substring(0, MAX_STDERR) + "…" : stderr);
	}
}
