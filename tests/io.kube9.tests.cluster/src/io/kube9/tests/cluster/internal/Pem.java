package io.kube9.tests.cluster.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * PEM text for certificates (CERTIFICATE), private keys (PKCS#8, PRIVATE KEY) and public keys (PUBLIC KEY).
 * JDK only, so the reuse check and the stop command work without BouncyCastle or the client on the classpath.
 */
public final class Pem {

	private Pem() {
	}

	public static byte[] certificate(X509Certificate certificate) {
		try {
			return encode("CERTIFICATE", certificate.getEncoded());
		} catch (CertificateException e) {
			throw new IllegalStateException(e);
		}
	}

	/** PKCS#8 for private keys, SubjectPublicKeyInfo for public keys: what getEncoded() gives. */
	public static byte[] key(Key key) {
		return encode(key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY", key.getEncoded());
	}

	private static byte[] encode(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
				.getBytes(StandardCharsets.US_ASCII);
	}

	public static X509Certificate readCertificate(Path file) throws IOException {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new ByteArrayInputStream(Files.readAllBytes(file)));
		} catch (CertificateException e) {
			throw new IOException("Not a certificate: " + file, e);
		}
	}

	/** Reads a PKCS#8 EC private key as written by {@link #key(Key)}. */
	public static PrivateKey readEcPrivateKey(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.US_ASCII);
		String body = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IOException("Not a PKCS#8 EC private key: " + file, e);
		}
	}
}
