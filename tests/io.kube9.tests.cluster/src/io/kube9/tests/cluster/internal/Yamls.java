package io.kube9.tests.cluster.internal;

import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** YAML as the files this bundle writes want it: block style, lines never split (long tokens, paths, PEM). */
final class Yamls {

	private Yamls() {
	}

	static String dump(Object document) {
		return yaml().dump(document);
	}

	/** Several documents, separated by "---". */
	static String dumpAll(List<?> documents) {
		return yaml().dumpAll(documents.iterator());
	}

	private static Yaml yaml() {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndicatorIndent(0);
		options.setWidth(Integer.MAX_VALUE);
		options.setSplitLines(false);
		return new Yaml(options);
	}
}
