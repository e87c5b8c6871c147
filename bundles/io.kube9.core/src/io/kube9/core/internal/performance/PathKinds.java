package io.kube9.core.internal.performance;

/**
 * What a GET of an API path reads, as a row name: {@code /version} is "version", {@code /api/v1/namespaces/a/pods/b}
 * is "pods (get)", a discovery document {@code /apis/apps/v1} is "discovery". Object names are left out: the view
 * groups by kind, and names do not belong in a log line about timing.
 */
final class PathKinds {

	static final String GET_SUFFIX = " (get)";

	private PathKinds() {
	}

	static String of(String path) {
		int query = path.indexOf('?');
		String[] segments = (query < 0 ? path : path.substring(0, query)).replaceAll("^/+", "").split("/");
		if (segments.length == 0 || segments[0].isEmpty()) {
			return "root";
		}
		int index;
		if ("api".equals(segments[0])) {
			index = 2; // api/v1/...
		} else if ("apis".equals(segments[0])) {
			index = 3; // apis/group/version/...
		} else {
			return segments[0];
		}
		if (segments.length <= index) {
			return "discovery";
		}
		if ("namespaces".equals(segments[index]) && segments.length > index + 2) {
			index += 2;
		}
		return segments[index] + GET_SUFFIX;
	}
}
