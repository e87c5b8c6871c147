package io.kube9.core.internal.describe;

import org.eclipse.osgi.util.NLS;

/** The words of a description. */
public final class DescribeMessages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.core.internal.describe.messages"; //$NON-NLS-1$

	public static String name;
	public static String namespace;
	public static String kind;
	public static String created;
	public static String labels;
	public static String annotations;
	public static String notShown;
	public static String controlledBy;
	public static String phase;
	public static String node;
	public static String ip;
	public static String replicas;
	public static String replicasValue;
	public static String conditions;
	public static String initContainers;
	public static String containers;
	public static String image;
	public static String ports;
	public static String state;
	public static String lastState;
	public static String readyRestarts;
	public static String running;
	public static String waiting;
	public static String terminated;
	public static String volumes;
	public static String events;
	public static String noEvents;
	public static String warningMark;
	public static String normalMark;
	public static String times;

	static {
		NLS.initializeMessages(BUNDLE_NAME, DescribeMessages.class);
	}

	private DescribeMessages() {
	}
}
