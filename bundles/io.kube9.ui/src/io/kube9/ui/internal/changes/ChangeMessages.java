package io.kube9.ui.internal.changes;

import org.eclipse.osgi.util.NLS;

/** What the change commands, dialogs and editor say. */
public final class ChangeMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.ui.internal.changes.changes"; //$NON-NLS-1$

	public static String job_permissions;
	public static String job_openForEdit;
	public static String job_compare;
	public static String job_apply;
	public static String job_delete;
	public static String job_readScale;
	public static String job_scale;
	public static String job_restart;
	public static String job_restarted;
	public static String job_cordon;
	public static String job_uncordon;
	public static String menu_edit;
	public static String menu_editSecret;
	public static String menu_delete;
	public static String menu_scale;
	public static String menu_restart;
	public static String menu_cordon;
	public static String menu_uncordon;
	public static String menu_denied;
	public static String edit_secretName;
	public static String edit_tooltip;
	public static String compare_title;
	public static String compare_live;
	public static String compare_liveMissing;
	public static String compare_result;
	public static String compare_changedOnServer;
	public static String compare_deletedOnServer;
	public static String compare_creates;
	public static String compare_conflict;
	public static String compare_forceExplained;
	public static String compare_unchanged;
	public static String compare_apply;
	public static String compare_forceApply;
	public static String delete_title;
	public static String delete_item;
	public static String delete_question;
	public static String delete_typeName;
	public static String delete_nameDiffers;
	public static String delete_button;
	public static String scale_title;
	public static String scale_question;
	public static String scale_notANumber;
	public static String restart_title;
	public static String restart_question;
	public static String restart_button;
	public static String restart_notComplete;
	public static String job_readFile;
	public static String file_unreadable;
	public static String file_unreadableAction;
	public static String target_title;
	public static String target_intro;
	public static String target_context;
	public static String target_namespace;
	public static String target_namespaceHint;
	public static String documents_title;
	public static String documents_object;
	public static String documents_plan;
	public static String documents_create;
	public static String documents_change;
	public static String documents_unchanged;
	public static String documents_conflict;
	public static String documents_failed;
	public static String documents_unnamed;
	public static String documents_force;
	public static String report_title;
	public static String report_created;
	public static String report_applied;
	public static String report_conflictSkipped;
	public static String editSecret_title;
	public static String editSecret_question;
	public static String editSecret_button;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ChangeMessages.class);
	}

	private ChangeMessages() {
	}
}
