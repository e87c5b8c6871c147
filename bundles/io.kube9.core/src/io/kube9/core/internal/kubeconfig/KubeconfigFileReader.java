package io.kube9.core.internal.kubeconfig;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.yaml.snakeyaml.error.Mark;

import io.kube9.core.kubeconfig.KubeconfigProblem;

/**
 * Reads one kubeconfig file into its named entries. Never throws: whatever is wrong becomes a problem, and the
 * entries that are fine are kept.
 */
public final class KubeconfigFileReader {

	private enum Section {
		CLUSTERS("clusters", "cluster"), USERS("users", "user"), CONTEXTS("contexts", "context");

		final String listKey;
		final String bodyKey;

		Section(String listKey, String bodyKey) {
			this.listKey = listKey;
			this.bodyKey = bodyKey;
		}
	}

	public KubeconfigFile read(Path file) {
		String text;
		try {
			text = readText(file);
		} catch (IOException e) {
			return KubeconfigFile.unreadable(file, NLS.bind(KubeconfigMessages.file_cannotBeRead, file, reason(e)));
		}
		Object document;
		try {
			document = KubeconfigYaml.newYaml().load(text);
		} catch (RuntimeException e) {
			Mark mark = KubeconfigYaml.mark(e);
			return KubeconfigFile.unreadable(file,
					NLS.bind(KubeconfigMessages.file_notYaml, file, KubeconfigYaml.describe(e)),
					mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1);
		}
		if (document == null) {
			// kubectl reads an empty file as an empty config.
			return new KubeconfigFile(file, List.of(), List.of(), List.of(), null, List.of());
		}
		if (!(document instanceof Map<?, ?> root)) {
			return KubeconfigFile.unreadable(file, NLS.bind(document instanceof List ? KubeconfigMessages.file_topLevelList
					: KubeconfigMessages.file_topLevelScalar, file));
		}
		List<KubeconfigProblem> problems = new ArrayList<>();
		Path directory = file.toAbsolutePath().getParent();
		List<NamedEntry> clusters = entries(root, Section.CLUSTERS, file, directory, problems);
		List<NamedEntry> users = entries(root, Section.USERS, file, directory, problems);
		List<NamedEntry> contexts = entries(root, Section.CONTEXTS, file, directory, problems);
		String current = YamlValues.string(root, "current-context");
		return new KubeconfigFile(file, clusters, users, contexts, current == null || current.isEmpty() ? null : current,
				problems);
	}

	private static List<NamedEntry> entries(Map<?, ?> root, Section section, Path file, Path directory,
			List<KubeconfigProblem> problems) {
		Object list = root.get(section.listKey);
		if (list == null) {
			return List.of();
		}
		if (!(list instanceof List<?> items)) {
			problems.add(new KubeconfigProblem(file, null,
					NLS.bind(KubeconfigMessages.section_notAList, section.listKey, file)));
			return List.of();
		}
		List<NamedEntry> entries = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String where = NLS.bind(KubeconfigMessages.section_entry, new Object[] { i + 1, section.listKey, file });
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				problems.add(new KubeconfigProblem(file, null, NLS.bind(KubeconfigMessages.entry_notAMapping, where)));
				continue;
			}
			String name = YamlValues.string(item, "name");
			if (name == null || name.isEmpty()) {
				problems.add(new KubeconfigProblem(file, null, NLS.bind(KubeconfigMessages.entry_nameless, where)));
				continue;
			}
			if (!names.add(name)) {
				problems.add(new KubeconfigProblem(file, null,
						NLS.bind(KubeconfigMessages.section_duplicate, new Object[] { section.listKey, file, name })));
				continue;
			}
			entries.add(entry(section, name, item.get(section.bodyKey), file, directory));
		}
		return entries;
	}

	private static NamedEntry entry(Section section, String name, Object body, Path file, Path directory) {
		if (body == null) {
			return new NamedEntry(name, Map.of(), file, null);
		}
		if (!(body instanceof Map<?, ?> map)) {
			return new NamedEntry(name, Map.of(), file, NLS.bind(KubeconfigMessages.entry_bodyNotAMapping, section.bodyKey));
		}
		Map<String, Object> copy = YamlValues.mutableCopy(map);
		if (section == Section.CLUSTERS) {
			EntryPaths.resolveCluster(copy, directory);
		} else if (section == Section.USERS) {
			EntryPaths.resolveUser(copy, directory);
		}
		return new NamedEntry(name, YamlValues.immutableCopy(copy), file, null);
	}

	/** The file as UTF-8; malformed bytes are an error rather than silently replaced. */
	static String readText(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new IOException(KubeconfigMessages.file_notUtf8, e);
		}
	}

	/** Why a file could not be read or written, in words that never quote its content. */
	static String reason(IOException e) {
		if (e instanceof AccessDeniedException) {
			return KubeconfigMessages.reason_permissionDenied;
		}
		if (e instanceof NoSuchFileException) {
			return KubeconfigMessages.reason_missing;
		}
		// File-system messages name the file or the system's reason, never the content.
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
