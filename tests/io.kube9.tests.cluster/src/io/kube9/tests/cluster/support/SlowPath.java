package io.kube9.tests.cluster.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/** A path of a {@link SlowFileSystem}: the local path's structure and text; looking at the file passes its gate. */
final class SlowPath implements Path {

	private final SlowFileSystem owner;
	private final Path local;

	SlowPath(SlowFileSystem owner, Path local) {
		this.owner = owner;
		this.local = local;
	}

	Path local() {
		return local;
	}

	private Path wrap(Path path) {
		return path == null ? null : new SlowPath(owner, path);
	}

	/** Another path of the same file system as a local one; a local path as it is (resolving against it works). */
	private Path localOf(Path other) {
		if (other instanceof SlowPath slow) {
			if (slow.owner != owner) {
				throw new java.nio.file.ProviderMismatchException();
			}
			return slow.local;
		}
		return other;
	}

	@Override
	public FileSystem getFileSystem() {
		return owner.view();
	}

	@Override
	public boolean isAbsolute() {
		return local.isAbsolute();
	}

	@Override
	public Path getRoot() {
		return wrap(local.getRoot());
	}

	@Override
	public Path getFileName() {
		return wrap(local.getFileName());
	}

	@Override
	public Path getParent() {
		return wrap(local.getParent());
	}

	@Override
	public int getNameCount() {
		return local.getNameCount();
	}

	@Override
	public Path getName(int index) {
		return wrap(local.getName(index));
	}

	@Override
	public Path subpath(int beginIndex, int endIndex) {
		return wrap(local.subpath(beginIndex, endIndex));
	}

	@Override
	public boolean startsWith(Path other) {
		return other instanceof SlowPath slow && slow.owner == owner && local.startsWith(slow.local);
	}

	@Override
	public boolean endsWith(Path other) {
		return other instanceof SlowPath slow && slow.owner == owner && local.endsWith(slow.local);
	}

	@Override
	public Path normalize() {
		return wrap(local.normalize());
	}

	@Override
	public Path resolve(Path other) {
		return wrap(local.resolve(localOf(other)));
	}

	@Override
	public Path relativize(Path other) {
		return wrap(local.relativize(localOf(other)));
	}

	/** The local file's URI: whoever opens it through the URI bypasses the gate. */
	@Override
	public URI toUri() {
		return local.toUri();
	}

	@Override
	public Path toAbsolutePath() {
		return wrap(local.toAbsolutePath());
	}

	@Override
	public Path toRealPath(LinkOption... options) throws IOException {
		// Resolving links reads the file system: it waits like any other look at the file.
		getFileSystem().provider().checkAccess(this);
		return wrap(local.toRealPath(options));
	}

	@Override
	public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers)
			throws IOException {
		return local.register(watcher, events, modifiers);
	}

	@Override
	public int compareTo(Path other) {
		return local.compareTo(localOf(other));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SlowPath slow && slow.owner == owner && slow.local.equals(local);
	}

	@Override
	public int hashCode() {
		return local.hashCode() * 31 + 7;
	}

	@Override
	public String toString() {
		return local.toString();
	}
}
