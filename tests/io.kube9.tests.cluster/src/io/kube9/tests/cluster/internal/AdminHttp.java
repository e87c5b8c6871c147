package io.kube9.tests.cluster.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Plain JDK HTTPS with the admin client certificate, trusting only the cluster CA. Used for /readyz, so
 * starting, reusing and checking a cluster needs neither the Kubernetes client nor BouncyCastle.
 */
public final class AdminHttp {

	private final HttpClient http;

	private AdminHttp(HttpClient http) {
		this.http = http;
	}

	public static AdminHttp of(ClusterFiles files) throws IOException {
		try {
			char[] password = "kube9".toCharArray();
			X509Certificate ca = Pem.readCertificate(files.caCertificate());
			KeyStore keys = KeyStore.getInstance("PKCS12");
			keys.load(null, null);
			keys.setKeyEntry("admin", Pem.readEcPrivateKey(files.adminKey()), password,
					new X509Certificate[] { Pem.readCertificate(files.adminCertificate()) });
			KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keyManagers.init(keys, password);
			KeyStore trust = KeyStore.getInstance("PKCS12");
			trust.load(null, null);
			trust.setCertificateEntry("ca", ca);
			TrustManagerFactory trustManagers = TrustManagerFactory
					.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trustManagers.init(trust);
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
			return new AdminHttp(HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(2))
					.version(HttpClient.Version.HTTP_1_1).build());
		} catch (GeneralSecurityException e) {
			throw new IOException("Cannot use the admin credentials in " + files.pki(), e);
		}
	}

	/** GET a path; the status code, or -1 when nothing answered. */
	public int status(int port, String path) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(5)).GET().build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		} catch (IOException e) {
			return -1;
		}
	}

	public boolean ready(int port) throws InterruptedException {
		return status(port, "/readyz") == 200;
	}
}
