package io.kube9.installcheck;

/** The check's lines on stdout, with one prefix the build's log can be searched for. */
final class Report {

	private Report() {
	}

	static void line(String text) {
		System.out.println("INSTALL CHECK: " + text);
	}
}
