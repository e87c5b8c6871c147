package io.kube9.tests.cluster.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority that issues the API server's serving certificate and the client
 * certificates. EC P-256 keys: generated in milliseconds, and accepted by kube-apiserver, kubectl and the client.
 */
public final class CertificateAuthority {

	/** A certificate with its private key. */
	public record Issued(X509Certificate certificate, PrivateKey privateKey) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final Duration VALIDITY = Duration.ofDays(365);
	/** Clocks of the processes involved may differ a little; back-date so nothing is "not yet valid". */
	private static final Duration BACKDATE = Duration.ofHours(1);

	private final KeyPair keyPair;
	private final X509Certificate certificate;

	private CertificateAuthority(KeyPair keyPair, X509Certificate certificate) {
		this.keyPair = keyPair;
		this.certificate = certificate;
	}

	public static CertificateAuthority create(String commonName) throws GeneralSecurityException {
		KeyPair keyPair = newKeyPair();
		X500Name subject = name(commonName, List.of());
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = builder(subject, subject, keyPair.getPublic())
					.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
					.addExtension(Extension.keyUsage, true,
							new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature))
					.addExtension(Extension.subjectKeyIdentifier, false,
							extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
			return new CertificateAuthority(keyPair, sign(builder, keyPair.getPrivate()));
		} catch (CertIOException e) {
			throw new GeneralSecurityException(e);
		}
	}

	public X509Certificate certificate() {
		return certificate;
	}

	/** A TLS server certificate valid for the given host names and IP addresses. */
	public Issued issueServer(String commonName, List<String> dnsNames, List<String> ipAddresses)
			throws GeneralSecurityException {
		List<GeneralName> names = new ArrayList<>();
		dnsNames.forEach(dns -> names.add(new GeneralName(GeneralName.dNSName, dns)));
		ipAddresses.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
		return issue(name(commonName, List.of()), KeyPurposeId.id_kp_serverAuth,
				new GeneralNames(names.toArray(GeneralName[]::new)));
	}

	/** A client certificate: kube-apiserver reads the user from CN and the groups from O. */
	public Issued issueClient(String user, List<String> groups) throws GeneralSecurityException {
		return issue(name(user, groups), KeyPurposeId.id_kp_clientAuth, null);
	}

	/** A bare key pair, e.g. for signing service-account tokens. */
	public static KeyPair newKeyPair() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
		return generator.generateKeyPair();
	}

	private Issued issue(X500Name subject, KeyPurposeId purpose, GeneralNames alternativeNames)
			throws GeneralSecurityException {
		KeyPair leaf = newKeyPair();
		try {
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = builder(name(certificate), subject, leaf.getPublic())
					.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
					.addExtension(Extension.keyUsage, true,
							new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
					.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
					.addExtension(Extension.authorityKeyIdentifier, false,
							extensions.createAuthorityKeyIdentifier(certificate));
			if (alternativeNames != null) {
				builder.addExtension(Extension.subjectAlternativeName, false, alternativeNames);
			}
			return new Issued(sign(builder, keyPair.getPrivate()), leaf.getPrivate());
		} catch (CertIOException e) {
			throw new GeneralSecurityException(e);
		}
	}

	private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, PublicKey key) {
		Instant now = Instant.now();
		return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).add(BigInteger.ONE),
				Date.from(now.minus(BACKDATE)), Date.from(now.plus(VALIDITY)), subject, key);
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
			throws GeneralSecurityException {
		try {
			ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(signer);
			return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
		} catch (OperatorCreationException e) {
			throw new GeneralSecurityException(e);
		}
	}

	private static X500Name name(String commonName, List<String> organizations) {
		X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
		organizations.forEach(organization -> builder.addRDN(BCStyle.O, organization));
		builder.addRDN(BCStyle.CN, commonName);
		return builder.build();
	}

	private static X500Name name(X509Certificate certificate) {
		return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
	}
}
