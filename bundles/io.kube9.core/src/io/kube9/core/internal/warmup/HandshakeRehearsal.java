package io.kube9.core.internal.warmup;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import io.kubernetes.client.util.SSLUtils;

/**
 * A TLS handshake of this process with itself, in memory (two SSLEngines, no socket), with the context's own
 * client certificate and key on both ends: the JDK's handshake code and the key type's signature code run once
 * before the first real handshake needs them. Each end trusts exactly that one certificate.
 */
final class HandshakeRehearsal {

	private static final int MAX_ROUNDS = 100;

	private HandshakeRehearsal() {
	}

	/** @return whether the handshake completed and application data went through */
	static boolean rehearse(byte[] certificatePem, byte[] keyPem) throws Exception {
		X509Certificate own = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(certificatePem));
		KeyManager[] keys = SSLUtils.keyManagers(certificatePem, keyPem, SSLUtils.recognizePrivateKeyAlgo(keyPem), "",
				null, null);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys, new TrustManager[] { new OnlyItself(own) }, null);
		SSLEngine client = context.createSSLEngine("warm-up.invalid", 443);
		client.setUseClientMode(true);
		SSLParameters alpn = client.getSSLParameters();
		alpn.setApplicationProtocols(new String[] { "h2", "http/1.1" });
		client.setSSLParameters(alpn);
		SSLEngine server = context.createSSLEngine();
		server.setUseClientMode(false);
		server.setNeedClientAuth(true);
		SSLParameters serverAlpn = server.getSSLParameters();
		serverAlpn.setApplicationProtocols(new String[] { "h2" });
		server.setSSLParameters(serverAlpn);
		return shake(client, server);
	}

	/**
	 * The certificate path validation a handshake runs on the server's chain, here on the context's own
	 * certificate against the cluster's CA (which usually signed both). The answer does not matter: a client
	 * certificate is no server's, so it is usually refused for that.
	 */
	static void validate(byte[] authorityPem, byte[] certificatePem) throws Exception {
		CertificateFactory certificates = CertificateFactory.getInstance("X.509");
		KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
		trusted.load(null, null);
		int index = 0;
		for (Certificate authority : certificates.generateCertificates(new ByteArrayInputStream(authorityPem))) {
			trusted.setCertificateEntry("ca-" + index++, authority);
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trusted);
		X509Certificate own = (X509Certificate) certificates
				.generateCertificate(new ByteArrayInputStream(certificatePem));
		for (TrustManager manager : factory.getTrustManagers()) {
			if (manager instanceof X509ExtendedTrustManager x509) {
				try {
					x509.checkServerTrusted(new X509Certificate[] { own }, own.getPublicKey().getAlgorithm());
				} catch (CertificateException expected) {
					// Usually: not a server certificate. The path was built and checked all the same.
				}
			}
		}
	}

	private static boolean shake(SSLEngine client, SSLEngine server) throws SSLException {
		int size = Math.max(client.getSession().getPacketBufferSize(), server.getSession().getPacketBufferSize());
		ByteBuffer toServer = ByteBuffer.allocate(size);
		ByteBuffer toClient = ByteBuffer.allocate(size);
		ByteBuffer clientData = ByteBuffer.allocate(client.getSession().getApplicationBufferSize() + 64);
		ByteBuffer serverData = ByteBuffer.allocate(server.getSession().getApplicationBufferSize() + 64);
		ByteBuffer request = ByteBuffer.wrap("GET /version HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
		client.beginHandshake();
		server.beginHandshake();
		for (int round = 0; round < MAX_ROUNDS; round++) {
			client.wrap(request, toServer);
			runTasks(client);
			toServer.flip();
			server.unwrap(toServer, serverData);
			runTasks(server);
			toServer.compact();
			server.wrap(ByteBuffer.allocate(0), toClient);
			runTasks(server);
			toClient.flip();
			client.unwrap(toClient, clientData);
			runTasks(client);
			toClient.compact();
			if (!request.hasRemaining() && serverData.position() > 0 && done(client) && done(server)) {
				return true;
			}
		}
		return false;
	}

	private static boolean done(SSLEngine engine) {
		HandshakeStatus status = engine.getHandshakeStatus();
		return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
	}

	private static void runTasks(SSLEngine engine) {
		Runnable task;
		while ((task = engine.getDelegatedTask()) != null) {
			task.run();
		}
	}

	/** Trusts one certificate, the context's own, and nothing else. */
	private static final class OnlyItself extends X509ExtendedTrustManager {

		private final X509Certificate own;

		OnlyItself(X509Certificate own) {
			this.own = own;
		}

		private void check(X509Certificate[] chain) throws CertificateException {
			if (chain == null || chain.length == 0 || !own.equals(chain[0])) {
				throw new CertificateException("not the warm-up's own certificate");
			}
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			check(chain);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
			check(chain);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			check(chain);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
				throws CertificateException {
			check(chain);
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			check(chain);
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
				throws CertificateException {
			check(chain);
		}

		/** None named: a client certificate's issuer (the cluster's CA) is not itself, so the client offers it to any. */
		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
