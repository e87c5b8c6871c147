package io.kube9.core.internal.warmup;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonParser;

import io.kube9.core.Backend;
import io.kube9.core.Settings;
import io.kube9.core.internal.client.ApiClientFactory;
import io.kube9.core.internal.client.ClientPool;
import io.kube9.core.internal.client.Executables;
import io.kube9.core.internal.kubeconfig.ContextEntries;
import io.kube9.core.internal.kubeconfig.DefaultKubeconfigService;
import io.kube9.core.internal.source.ListParser;
import io.kube9.core.internal.status.OperatorStatusParser;
import io.kube9.core.internal.trace.Trace;
import io.kube9.core.resources.ResourceKinds;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.Pair;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Prepares the first expansion of the current cluster while the user has not asked for anything yet: loads and
 * initialises the classes that path needs (JSON parsing of the trimmed listings, OkHttp's requests, client-java's
 * ApiClient with its hundreds of model adapters, the TLS machinery) and builds the current context's client when
 * that runs no credential plugin; with kubectl as the backend it asks the login shell for its PATH, as the first
 * kubectl call would. It sends nothing to any cluster.
 */
public final class WarmUp {

	private static final List<String> OKHTTP_CONNECTION_PACKAGES = List.of("okhttp3/internal/connection",
			"okhttp3/internal/http2", "okhttp3/internal/tls");

	private final DefaultKubeconfigService kubeconfig;
	private final ClientPool clients;
	private final Settings settings;
	private final Executables executables;

	public WarmUp(DefaultKubeconfigService kubeconfig, ClientPool clients, Settings settings,
			Executables executables) {
		this.kubeconfig = kubeconfig;
		this.clients = clients;
		this.settings = settings;
		this.executables = executables;
	}

	/** Each step on its own: a failing one is skipped (the real path reports its error when it gets there). */
	public void run(IProgressMonitor monitor) {
		Trace.mark("warmup.start");
		step(monitor, this::parsers);
		if (settings.backend() == Backend.API_CLIENT) {
			step(monitor, this::client);
		} else {
			step(monitor, executables::prepare);
		}
		Trace.mark("warmup.end");
	}

	private interface Step {
		void run() throws Exception;
	}

	private static void step(IProgressMonitor monitor, Step step) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
		try {
			step.run();
		} catch (Exception | LinkageError e) {
			// Nothing to report: the first expansion meets the same problem and classifies it.
		}
	}

	/** The parsers of /version, of a pod list and of the operator's status, over canned answers. */
	private void parsers() throws IOException {
		JsonParser.parseReader(new StringReader(CannedResponses.VERSION)).getAsJsonObject().get("gitVersion");
		ListParser.parse(ResourceKinds.PODS, new StringReader(CannedResponses.POD_LIST), "warm-up");
		new OperatorStatusParser(Clock.systemUTC())
				.parse(JsonParser.parseString(CannedResponses.OPERATOR_CONFIG_MAP).getAsJsonObject());
	}

	/**
	 * The current context's client, built into the pool when its credentials need no plugin (a plugin may prompt
	 * or go to the network: it runs when the user expands). Otherwise the same classes without credentials.
	 */
	private void client() throws Exception {
		Optional<String> current = kubeconfig.current().currentContext();
		ApiClient api = null;
		ContextEntries entries = current.isPresent() ? kubeconfig.entries(current.get()) : null;
		if (entries != null && !runsPlugin(entries)) {
			api = clients.api(current.get());
			rehearseHandshake(entries);
		}
		if (api == null) {
			api = new ApiClient(clients.baseHttpClient());
			tlsMachinery();
		}
		// A request built, never executed: OkHttp's URL, header and call classes.
		api.buildCall(null, "/version", "GET", List.<Pair>of(), List.<Pair>of(), null,
				Map.of("Accept", "application/json"), Map.of(), Map.of(), new String[] { "BearerToken" }, null)
				.cancel();
		callWithoutSocket(api.getHttpClient());
		loadConnectionClasses();
	}

	/**
	 * OkHttp's classes of a real connection (TLS over a socket, HTTP/2), which no call without a socket reaches:
	 * loaded, not initialised, so that nothing of them runs here.
	 */
	private static void loadConnectionClasses() {
		Bundle okhttp = FrameworkUtil.getBundle(OkHttpClient.class);
		if (okhttp == null) {
			return;
		}
		for (String folder : OKHTTP_CONNECTION_PACKAGES) {
			Enumeration<URL> classes = okhttp.findEntries(folder, "*.class", false);
			while (classes != null && classes.hasMoreElements()) {
				String path = classes.nextElement().getPath();
				String name = path.substring(path.startsWith("/") ? 1 : 0, path.length() - ".class".length())
						.replace('/', '.');
				try {
					okhttp.loadClass(name);
				} catch (ClassNotFoundException | LinkageError e) {
					// Another OkHttp than the one this was written for: the first request loads what it needs.
				}
			}
		}
	}

	/**
	 * With a client certificate: the TLS handshake's code, in memory, and the validation of a certificate path
	 * against the cluster's CA (see {@link HandshakeRehearsal}).
	 */
	private static void rehearseHandshake(ContextEntries entries) throws Exception {
		String context = entries.context().name();
		byte[] certificate = ApiClientFactory.dataOrFile(entries.user(), "client-certificate-data",
				"client-certificate", context);
		byte[] key = ApiClientFactory.dataOrFile(entries.user(), "client-key-data", "client-key", context);
		if (certificate != null && key != null) {
			HandshakeRehearsal.rehearse(certificate, key);
			byte[] authority = ApiClientFactory.dataOrFile(entries.cluster(), "certificate-authority-data",
					"certificate-authority", context);
			if (authority != null) {
				HandshakeRehearsal.validate(authority, certificate);
			}
		}
	}

	/**
	 * A call through the client's interceptors and OkHttp's call, route and connection code, stopped where it
	 * would open a socket (an address literal: no name is looked up either).
	 */
	private static void callWithoutSocket(OkHttpClient http) {
		OkHttpClient offline = http.newBuilder().socketFactory(new NoSocketFactory()).retryOnConnectionFailure(false)
				.build();
		Request request = new Request.Builder().url("https://127.0.0.1:9/version").build();
		try (Response response = offline.newCall(request).execute()) {
			response.code();
		} catch (IOException expected) {
			// Always: no socket.
		}
	}

	private static boolean runsPlugin(ContextEntries entries) {
		return entries.user().containsKey("exec") || entries.user().containsKey("auth-provider");
	}

	/** The JDK's TLS providers, trust store and key managers, as a client build initialises them. */
	private static void tlsMachinery() throws GeneralSecurityException, IOException {
		CertificateFactory.getInstance("X.509");
		KeyStore keys = KeyStore.getInstance(KeyStore.getDefaultType());
		keys.load(null, null);
		KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm()).init(keys, new char[0]);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init((KeyStore) null);
		SSLContext.getInstance("TLS").init(null, trust.getTrustManagers(), null);
	}
}
