package io.kube9.core.internal.client;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.google.common.base.Suppliers;

/**
 * Finds executables (kubectl, credential plugins) as a login shell would: an IDE started from a desktop
 * launcher (macOS Finder, a Linux menu) gets a short PATH without what the user's shell profile adds. The search
 * is the process's PATH, then the login shell's PATH (asked once, on first use, never at construction), then
 * where package managers put tools; on Windows names are tried with the extensions of PATHEXT.
 */
public final class Executables {

	/** The operating system's conventions for PATH. */
	public enum Platform {
		UNIX(":"), WINDOWS(";");

		private final String pathSeparator;

		Platform(String pathSeparator) {
			this.pathSeparator = pathSeparator;
		}

		public static Platform current() {
			return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? WINDOWS : UNIX;
		}
	}

	private static final List<String> UNIX_DIRECTORIES = List.of("/usr/local/bin", "/usr/bin", "/bin",
			"/opt/homebrew/bin", "/snap/bin");
	private static final List<String> HOME_DIRECTORIES = List.of(".local/bin", "bin", ".krew/bin",
			"google-cloud-sdk/bin", "go/bin");
	private static final String DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";

	private final Map<String, String> environment;
	private final Path home;
	private final Platform platform;
	private final Predicate<Path> isExecutableFile;
	private final Supplier<List<Path>> searchPath;

	/** The real file system and this JVM's platform; the login shell is $SHELL of {@code environment}. */
	public Executables(Map<String, String> environment, Path home) {
		this(environment, home, Platform.current(), Platform.current() == Platform.WINDOWS
				? Files::isRegularFile
				: file -> Files.isRegularFile(file) && Files.isExecutable(file),
				() -> LoginShell.path(environment.get("SHELL")));
	}

	/**
	 * @param isExecutableFile whether a path is a file that can be run
	 * @param loginShellPath   the login shell's PATH, or empty; called at most once
	 */
	public Executables(Map<String, String> environment, Path home, Platform platform,
			Predicate<Path> isExecutableFile, Supplier<Optional<String>> loginShellPath) {
		this.environment = Map.copyOf(environment);
		this.home = home;
		this.platform = platform;
		this.isExecutableFile = isExecutableFile;
		this.searchPath = Suppliers.memoize(() -> directories(loginShellPath.get().orElse("")));
	}

	public static Executables ofThisProcess() {
		return new Executables(System.getenv(), Path.of(System.getProperty("user.home")));
	}

	/** An absolute or relative path is taken as is; a bare name is searched for. */
	public Optional<Path> find(String command) {
		if (command == null || command.isBlank()) {
			return Optional.empty();
		}
		try {
			if (command.contains("/") || (platform == Platform.WINDOWS && command.contains("\\"))) {
				return candidates(Path.of(command).getFileName().toString()).stream()
						.map(name -> Path.of(command).resolveSibling(name)).filter(isExecutableFile).findFirst();
			}
			for (Path directory : searchPath.get()) {
				for (String name : candidates(command)) {
					Path candidate = directory.resolve(name);
					if (isExecutableFile.test(candidate)) {
						return Optional.of(candidate);
					}
				}
			}
		} catch (InvalidPathException e) {
			// A name no file can have is found nowhere.
		}
		return Optional.empty();
	}

	/** Asks the login shell now (it runs the user's profile: slow) so that the first tool run does not wait. */
	public void prepare() {
		searchPath.get();
	}

	/** The directories searched, in order, to show when nothing was found. */
	public List<Path> searchPath() {
		return new ArrayList<>(searchPath.get());
	}

	/** The PATH to give child processes: the directories searched, in the same order. */
	public String pathVariable() {
		return String.join(platform.pathSeparator, searchPath.get().stream().map(Path::toString).toList());
	}

	/** The file names a command may have: on Windows with each PATHEXT extension unless it has one already. */
	private List<String> candidates(String command) {
		if (platform != Platform.WINDOWS) {
			return List.of(command);
		}
		List<String> extensions = new ArrayList<>();
		for (String extension : variable("PATHEXT").orElse(DEFAULT_PATHEXT).split(";")) {
			if (!extension.isBlank()) {
				extensions.add(extension.strip().toLowerCase(Locale.ROOT));
			}
		}
		String lower = command.toLowerCase(Locale.ROOT);
		if (extensions.stream().anyMatch(lower::endsWith)) {
			return List.of(command);
		}
		return extensions.stream().map(extension -> command + extension).toList();
	}

	private List<Path> directories(String loginShellPath) {
		Set<Path> directories = new LinkedHashSet<>();
		addAll(directories, variable("PATH").orElse(""));
		addAll(directories, loginShellPath);
		if (platform == Platform.UNIX) {
			UNIX_DIRECTORIES.forEach(directory -> directories.add(Path.of(directory)));
		}
		HOME_DIRECTORIES.forEach(directory -> directories.add(home.resolve(directory)));
		return List.copyOf(directories);
	}

	private void addAll(Set<Path> directories, String path) {
		for (String entry : path.split(platform.pathSeparator)) {
			if (!entry.isBlank()) {
				try {
					directories.add(Path.of(entry.strip()));
				} catch (InvalidPathException e) {
					// A garbled entry names no directory; a shell skips it as well.
				}
			}
		}
	}

	/** A variable of the environment; on Windows names are case-insensitive (Path, PATH). */
	private Optional<String> variable(String name) {
		if (platform == Platform.WINDOWS) {
			return environment.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
					.map(Map.Entry::getValue).findFirst();
		}
		return Optional.ofNullable(environment.get(name));
	}
}
