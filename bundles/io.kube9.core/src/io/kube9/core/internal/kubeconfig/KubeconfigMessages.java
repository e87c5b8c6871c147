package io.kube9.core.internal.kubeconfig;

import org.eclipse.osgi.util.NLS;

/** What reading and writing kubeconfig files tell the user. */
public final class KubeconfigMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.kubeconfig.messages";

	public static String write_failed;
	public static String write_failedAction;
	public static String write_cannot;
	public static String write_cannotAction;
	public static String write_locked;
	public static String write_lockedAction;
	public static String write_readOnly;
	public static String write_readsBroken;
	public static String write_keepsChanging;
	public static String write_interrupted;
	public static String what_namespace;
	public static String what_currentContext;
	public static String write_noFile;
	public static String write_noFileAction;
	public static String context_malformed;
	public static String context_noCluster;
	public static String context_missingCluster;
	public static String context_missingUser;
	public static String context_cluster;
	public static String context_user;
	public static String context_fixAction;
	public static String context_unknown;
	public static String context_unknownAction;
	public static String entry_malformed;
	public static String cluster_noServer;
	public static String cluster_insecureWithCertificateAuthority;
	public static String user_unsupportedAuthProvider;
	public static String user_namelessAuthProvider;
	public static String user_execNotAMapping;
	public static String user_execWithoutCommand;
	public static String user_execWithoutApiVersion;
	public static String user_execUnsupportedApiVersion;
	public static String file_certificateAuthority;
	public static String file_clientCertificate;
	public static String file_clientKey;
	public static String file_token;
	public static String file_invalidPath;
	public static String file_missing;
	public static String file_unreadable;
	public static String file_cannotBeRead;
	public static String file_notYaml;
	public static String file_topLevelList;
	public static String file_topLevelScalar;
	public static String file_notUtf8;
	public static String reason_permissionDenied;
	public static String reason_missing;
	public static String configured_notAFile;
	public static String configured_missing;
	public static String section_notAList;
	public static String section_entry;
	public static String section_duplicate;
	public static String entry_notAMapping;
	public static String entry_nameless;
	public static String entry_bodyNotAMapping;
	public static String edit_noContexts;
	public static String edit_noContextMapping;
	public static String edit_noSuchContext;
	public static String edit_topLevelNotAMapping;
	public static String edit_notYaml;
	public static String edit_wouldBreakYaml;
	public static String edit_wouldChangeMore;
	public static String edit_anchor;
	public static String edit_notPlain;
	public static String edit_alias;
	public static String yaml_position;
	public static String yaml_syntaxError;
	public static String yaml_unconvertible;

	static {
		NLS.initializeMessages(BUNDLE_NAME, KubeconfigMessages.class);
	}

	private KubeconfigMessages() {
	}
}
