package io.kube9.core.internal.client;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.errors.Redactor;
import io.kube9.core.internal.source.CancellationSignal;

/**
 * Runs an exec credential plugin (client.authentication.k8s.io v1 or v1beta1) the way kubectl does, but with a
 * time limit, with its stderr kept for the error shown to the user, and found also where an IDE's PATH does not
 * look.
 */
public final class ExecCredentialPlugin {

	private static final int MAX_STDERR = 2000;

	private final Executables executables;

	public ExecCredentialPlugin(Executables executables) {
		this.executables = executables;
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
		} catch (TimeoutException e) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					"'" + command + "' did not answer within " + timeout.toSeconds() + " s", e);
		} catch (IOException e) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context, "'" + command + "' could not be run: " + e.getMessage(),
					e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context, "interrupted while running '" + command + "'", e);
		}
		if (result.exitCode() != 0) {
			throw Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
					"'" + command + "' exited with code " + result.exitCode() + stderrOf(result));
		}
		return parse(context, command, apiVersion, result);
	}

	private static ExecCredential parse(String context, String command, String apiVersion, ProcessRunner.Result result)
			throws KubeException {
		try {
			JsonObject root = JsonParser.parseString(result.stdoutText()).getAsJsonObject();
			if (!"ExecCredential".equals(text(root, "kind"))) {
				throw invalid(context, command, "its output is not an ExecCredential");
			}
			if (!apiVersion.equals(text(root, "apiVersion"))) {
				throw invalid(context, command, "it answered " + text(root, "apiVersion") + ", not " + apiVersion);
			}
			JsonObject status = root.getAsJsonObject("status");
			if (status == null) {
				throw invalid(context, command, "its ExecCredential has no status");
			}
			String token = text(status, "token");
			String certificate = text(status, "clientCertificateData");
			String key = text(status, "clientKeyData");
			if (token == null && (certificate == null || key == null)) {
				throw invalid(context, command, "it returned neither a token nor a client certificate and key");
			}
			Redactor.register(token);
			Redactor.register(key);
			String expiration = text(status, "expirationTimestamp");
			return new ExecCredential(token, certificate, key, expiration == null ? null : Instant.parse(expiration));
		} catch (IllegalStateException | DateTimeParseException | com.google.gson.JsonParseException e) {
			throw invalid(context, command, "its output cannot be read (" + e.getClass().getSimpleName() + ")");
		}
	}

	private static String text(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	private static KubeException invalid(String context, String command, String why) {
		return Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context, "'" + command + "' failed: " + why);
	}

	private KubeException notFound(String context, String command, Map<String, Object> exec) {
		String hint = exec.get("installHint") instanceof String text && !text.isBlank() ? "\n" + text.strip() : "";
		return Errors.of(ErrorKind.CREDENTIAL_PLUGIN, context,
				"'" + command + "' was not found (searched " + executables.searchPath().size()
						+ " directories, PATH first)" + hint);
	}

	private static String stderrOf(ProcessRunner.Result result) {
		String stderr = result.stderr().strip();
		if (stderr.isEmpty()) {
			return "";
		}
		return ":\n" + (stderr.length() > MAX_STDERR ? stderr.substring(0, MAX_STDERR) + "…" : stderr);
	}
}
