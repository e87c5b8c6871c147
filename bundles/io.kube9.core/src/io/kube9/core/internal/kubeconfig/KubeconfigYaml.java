package io.kube9.core.internal.kubeconfig;

import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** The one way kubeconfig YAML is parsed here, and how its errors are told without quoting the file. */
public final class KubeconfigYaml {

	private static final Pattern PUNCTUATION_QUOTE = Pattern.compile("'([^\\p{Alnum}\\s'\":]{1,3})'");

	private KubeconfigYaml() {
	}

	/** A parser that builds only maps, lists and scalars: a kubeconfig's tags never instantiate classes. */
	public static Yaml newYaml() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowRecursiveKeys(false);
		options.setMaxAliasesForCollections(50);
		options.setProcessComments(false);
		// Yaml is not thread-safe; every use makes its own.
		return new Yaml(new SafeConstructor(options));
	}

	/**
	 * Why the YAML could not be read, with its position but without the offending text: SnakeYAML's own message
	 * quotes the line, and that line may hold a token.
	 */
	public static String describe(RuntimeException error) {
		if (error instanceof MarkedYAMLException marked) {
			String context = withoutQuotedText(marked.getContext());
			String problem = withoutQuotedText(marked.getProblem());
			if (!context.isEmpty() && !context.endsWith("…")) {
				// "expected a single document in the stream" + "but found another document"
				problem = problem.isEmpty() ? context : context + ", " + problem;
			}
			Mark mark = mark(marked);
			String where = mark == null ? ""
					: NLS.bind(KubeconfigMessages.yaml_position, mark.getLine() + 1, mark.getColumn() + 1);
			return (problem.isEmpty() ? KubeconfigMessages.yaml_syntaxError : problem) + where;
		}
		if (error instanceof YAMLException) {
			String message = error.getMessage() == null ? "" : error.getMessage().lines().findFirst().orElse("");
			String problem = withoutQuotedText(message);
			return problem.isEmpty() ? KubeconfigMessages.yaml_syntaxError : problem;
		}
		// A value that the safe constructor could not convert (such as a !!int tag on text): name only the kind.
		return NLS.bind(KubeconfigMessages.yaml_unconvertible, error.getClass().getSimpleName());
	}

	/** Where in the text the error lies (0-based), or null when SnakeYAML did not say. */
	public static Mark mark(RuntimeException error) {
		if (error instanceof MarkedYAMLException marked) {
			return marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
		}
		return null;
	}

	/**
	 * Cuts a SnakeYAML problem text where it starts quoting input. Quoted punctuation ("expected ',' or ']'") is
	 * kept: it helps and cannot be a credential.
	 */
	private static String withoutQuotedText(String problem) {
		if (problem == null) {
			return "";
		}
		String text = PUNCTUATION_QUOTE.matcher(problem.strip()).replaceAll("\u0001$1\u0001");
		int cut = text.length();
		for (char c : new char[] { '\'', '"', ':', '\n' }) {
			int index = text.indexOf(c);
			if (index >= 0 && index < cut) {
				cut = index;
			}
		}
		String kept = text.substring(0, cut).strip();
		if (kept.length() > 120) {
			kept = kept.substring(0, 120).strip();
		}
		kept = kept.replace('\u0001', '\'');
		return cut < text.length() ? kept + " …" : kept;
	}
}
