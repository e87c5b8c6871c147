package io.kube9.core.internal.client;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds executables (kubectl, credential plugins) the way a shell would, and also where package managers put
 * them: an IDE started from a desktop launcher often has a PATH without those directories.
 */
public final class Executables {

	private final List<Path> searchPath;

	public Executables(Map<String, String> environment, Path home) {
		Set<Path> directories = new LinkedHashSet<>();
		String path = environment.getOrDefault("PATH", "");
		for (String entry : path.split(File.pathSeparator)) {
			if (!entry.isBlank()) {
				directories.add(Path.of(entry));
			}
		}
		for (String extra : List.of("/usr/local/bin", "/usr/bin", "/bin", "/opt/homebrew/bin", "/snap/bin")) {
			directories.add(Path.of(extra));
		}
		for (String extra : List.of(".local/bin", "bin", ".krew/bin", "google-cloud-sdk/bin", "go/bin")) {
			directories.add(home.resolve(extra));
		}
		this.searchPath = List.copyOf(directories);
	}

	public static Executables ofThisProcess() {
		return new Executables(System.getenv(), Path.of(System.getProperty("user.home")));
	}

	/** An absolute or relative path is taken as is; a bare name is searched for. */
	public Optional<Path> find(String command) {
		if (command == null || command.isBlank()) {
			return Optional.empty();
		}
		if (command.contains("/") || command.contains(File.separator)) {
			Path given = Path.of(command);
			return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
		}
		for (Path directory : searchPath) {
			Path candidate = directory.resolve(command);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The directories searched, to show when nothing was found. */
	public List<Path> searchPath() {
		return new ArrayList<>(searchPath);
	}

	/** The PATH to give child processes: ours first, then the extra directories. */
	public String pathVariable() {
		return String.join(File.pathSeparator, searchPath.stream().map(Path::toString).toList());
	}
}
