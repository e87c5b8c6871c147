package io.kube9.core.internal.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.Executables;
import io.kube9.core.internal.client.ProcessRunner;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.errors.KubectlErrorClassifier;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;

/**
 * Reads by running {@code kubectl get <kind> -o json --context <context>}, one process per read, with the same
 * kubeconfig files core loaded (an explicit file from the settings as {@code --kubeconfig}). kubectl fetches every
 * chunk itself, so its pages are whole.
 */
public final class KubectlSource implements ResourceSource {

	public static final String NAME = ResourcePage.KUBECTL;

	private final Supplier<Settings> settings;
	private final Supplier<List<Path>> kubeconfigFiles;
	private final Executables executables;

	public KubectlSource(Supplier<Settings> settings, Supplier<List<Path>> kubeconfigFiles, Executables executables) {
		this.settings = settings;
		this.kubeconfigFiles = kubeconfigFiles;
		this.executables = executables;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ResourcePage list(ResourceQuery query, CancellationSignal cancellation) throws KubeException {
		List<String> arguments = new ArrayList<>(List.of("get", query.kind().id(), "-o", "json"));
		if (query.kind().namespaced()) {
			arguments.addAll(query.namespace() == null ? List.of("--all-namespaces") : List.of("-n", query.namespace()));
		}
		if (!query.labelSelector().isEmpty()) {
			arguments.addAll(List.of("-l", query.labelSelector()));
		}
		if (!query.fieldSelector().isEmpty()) {
			arguments.add("--field-selector=" + query.fieldSelector());
		}
		byte[] output = run(query.context(), arguments, query.timeout(), cancellation);
		try {
			return ListParser.parse(query.kind(),
					new InputStreamReader(new ByteArrayInputStream(output), StandardCharsets.UTF_8), NAME);
		} catch (IOException e) {
			throw Errors.of(ErrorKind.KUBECTL, query.context(),
					NLS.bind(SourceMessages.kubectl_outputUnreadableBecause, e.getMessage()), e);
		}
	}

	@Override
	public JsonObject get(String context, String path, Duration timeout, CancellationSignal cancellation)
			throws KubeException {
		byte[] output = run(context, List.of("get", "--raw", path), timeout, cancellation);
		try {
			return JsonParser.parseString(new String(output, StandardCharsets.UTF_8)).getAsJsonObject();
		} catch (RuntimeException e) {
			throw Errors.of(ErrorKind.KUBECTL, context, SourceMessages.kubectl_outputUnreadable, e);
		}
	}

	/**
	 * Runs one kubectl command against a context, as reads do (changes run theirs this way too).
	 *
	 * @param timeout the request's time limit, or null for the settings' request timeout
	 * @return its stdout
	 * @throws KubeException classified by what kubectl wrote to stderr when it exited with another code than 0
	 */
	public byte[] run(String context, List<String> arguments, Duration timeout, CancellationSignal cancellation)
			throws KubeException {
		Settings current = settings.get();
		Duration requestTimeout = timeout != null ? timeout : current.requestTimeout();
		List<String> withTimeout = new ArrayList<>(arguments);
		withTimeout.add("--request-timeout=" + goDuration(requestTimeout));
		KubectlCommand kubectl = KubectlCommand.of(current, kubeconfigFiles.get(), executables, context, withTimeout);
		Duration limit = requestTimeout.plus(current.connectTimeout()).plusSeconds(5);
		ProcessRunner.Result result;
		try {
			result = ProcessRunner.run(kubectl.command(), kubectl.environment(), limit, cancellation);
		} catch (TimeoutException e) {
			throw Errors.of(ErrorKind.TIMEOUT, context, NLS.bind(SourceMessages.kubectl_timeout, limit.toSeconds()), e);
		} catch (IOException e) {
			throw Errors.of(ErrorKind.KUBECTL, context, NLS.bind(SourceMessages.kubectl_cannotRun, kubectl.kubectl(), e.getMessage()),
					e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Errors.of(ErrorKind.UNKNOWN, context, SourceMessages.interrupted, e);
		}
		if (result.exitCode() != 0) {
			throw KubectlErrorClassifier.classify(result.exitCode(), result.stderr(), context);
		}
		return result.stdout();
	}

	/** Whole seconds as kubectl shows them, else milliseconds: truncated to seconds, 0.5 s would mean "none". */
	static String goDuration(Duration duration) {
		long millis = duration.toMillis();
		return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
	}
}
