package io.kube9.tests.cluster.support;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The local file system seen as through a network share that can hang: while {@link #hang()} is in effect, every
 * look at a path of this file system (stat, open, list, real path) waits until {@link #release()}. Without FUSE
 * this is how a test puts a kubeconfig "on a slow path" for code that takes {@link Path}s.
 * <p>
 * Paths keep the local path's text ({@link Path#toString()}), so processes started with them (kubectl) read the
 * local file at once. A directory registered with a watch service is registered as the local directory, so its
 * events name local paths.
 */
public final class SlowFileSystem {

	private final Provider provider = new Provider();
	private final View view = new View();
	private final Object gate = new Object();
	private boolean hanging;
	private int waiting;
	private long passed;

	/** The local file (or directory) {@code local} as a path of this file system. */
	public Path path(Path local) {
		return wrap(local.toAbsolutePath().normalize());
	}

	/** From now on, every access waits. */
	public void hang() {
		synchronized (gate) {
			hanging = true;
		}
	}

	/** Lets every waiting and later access through. */
	public void release() {
		synchronized (gate) {
			hanging = false;
			gate.notifyAll();
		}
	}

	/** How many accesses are waiting now. */
	public int waiting() {
		synchronized (gate) {
			return waiting;
		}
	}

	/** How many accesses went through so far. */
	public long passed() {
		synchronized (gate) {
			return passed;
		}
	}

	/** Waits until at least {@code count} accesses wait; false when the timeout passed first. */
	public boolean awaitWaiting(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (gate) {
			while (waiting < count) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				gate.wait(Math.max(1, left / 1_000_000));
			}
			return true;
		}
	}

	private void pass() throws IOException {
		synchronized (gate) {
			waiting++;
			gate.notifyAll();
			try {
				while (hanging) {
					gate.wait();
				}
				passed++;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException("interrupted while the file system hung");
			} finally {
				waiting--;
			}
		}
	}

	private SlowPath wrap(Path local) {
		return local == null ? null : new SlowPath(this, local);
	}

	static Path local(Path path) {
		return path instanceof SlowPath slow ? slow.local() : path;
	}

	FileSystem view() {
		return view;
	}

	/** The file system of the slow paths: the local one's structure, with this provider. */
	private final class View extends FileSystem {

		private final FileSystem local = FileSystems.getDefault();

		@Override
		public FileSystemProvider provider() {
			return provider;
		}

		@Override
		public void close() {
			// The local file system stays open.
		}

		@Override
		public boolean isOpen() {
			return true;
		}

		@Override
		public boolean isReadOnly() {
			return false;
		}

		@Override
		public String getSeparator() {
			return local.getSeparator();
		}

		@Override
		public Iterable<Path> getRootDirectories() {
			return StreamSupport.stream(local.getRootDirectories().spliterator(), false).<Path>map(SlowFileSystem.this::wrap)
					.toList();
		}

		@Override
		public Iterable<FileStore> getFileStores() {
			return local.getFileStores();
		}

		@Override
		public Set<String> supportedFileAttributeViews() {
			return local.supportedFileAttributeViews();
		}

		@Override
		public Path getPath(String first, String... more) {
			return wrap(local.getPath(first, more));
		}

		@Override
		public PathMatcher getPathMatcher(String syntaxAndPattern) {
			PathMatcher matcher = local.getPathMatcher(syntaxAndPattern);
			return path -> matcher.matches(local(path));
		}

		@Override
		public UserPrincipalLookupService getUserPrincipalLookupService() {
			return local.getUserPrincipalLookupService();
		}

		@Override
		public WatchService newWatchService() throws IOException {
			return local.newWatchService();
		}
	}

	/** Every operation passes the gate, then runs on the local path. */
	private final class Provider extends FileSystemProvider {

		@Override
		public String getScheme() {
			return "kube9-slow";
		}

		@Override
		public FileSystem newFileSystem(URI uri, Map<String, ?> env) {
			throw new UnsupportedOperationException("made by SlowFileSystem only");
		}

		@Override
		public FileSystem getFileSystem(URI uri) {
			throw new UnsupportedOperationException("made by SlowFileSystem only");
		}

		@Override
		public Path getPath(URI uri) {
			throw new UnsupportedOperationException("made by SlowFileSystem only");
		}

		@Override
		public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
				FileAttribute<?>... attrs) throws IOException {
			pass();
			return Files.newByteChannel(local(path), options, attrs);
		}

		@Override
		public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
				throws IOException {
			pass();
			return FileChannel.open(local(path), options, attrs);
		}

		@Override
		public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
				throws IOException {
			pass();
			DirectoryStream<Path> entries = Files.newDirectoryStream(local(dir), entry -> filter.accept(wrap(entry)));
			return new DirectoryStream<>() {
				@Override
				public Iterator<Path> iterator() {
					Iterator<Path> iterator = entries.iterator();
					return new Iterator<>() {
						@Override
						public boolean hasNext() {
							return iterator.hasNext();
						}

						@Override
						public Path next() {
							return wrap(iterator.next());
						}
					};
				}

				@Override
				public void close() throws IOException {
					entries.close();
				}
			};
		}

		@Override
		public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
			pass();
			Files.createDirectory(local(dir), attrs);
		}

		@Override
		public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
			pass();
			Files.createSymbolicLink(local(link), local(target), attrs);
		}

		@Override
		public Path readSymbolicLink(Path link) throws IOException {
			pass();
			return wrap(Files.readSymbolicLink(local(link)));
		}

		@Override
		public void delete(Path path) throws IOException {
			pass();
			Files.delete(local(path));
		}

		@Override
		public void copy(Path source, Path target, CopyOption... options) throws IOException {
			pass();
			Files.copy(local(source), local(target), options);
		}

		@Override
		public void move(Path source, Path target, CopyOption... options) throws IOException {
			pass();
			Files.move(local(source), local(target), options);
		}

		@Override
		public boolean isSameFile(Path path, Path path2) throws IOException {
			pass();
			return Files.isSameFile(local(path), local(path2));
		}

		@Override
		public boolean isHidden(Path path) throws IOException {
			pass();
			return Files.isHidden(local(path));
		}

		@Override
		public FileStore getFileStore(Path path) throws IOException {
			pass();
			return Files.getFileStore(local(path));
		}

		@Override
		public void checkAccess(Path path, AccessMode... modes) throws IOException {
			pass();
			Path local = local(path);
			local.getFileSystem().provider().checkAccess(local, modes);
		}

		@Override
		public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
			return Files.getFileAttributeView(local(path), type, options);
		}

		@Override
		public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
				throws IOException {
			pass();
			return Files.readAttributes(local(path), type, options);
		}

		@Override
		public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
				throws IOException {
			pass();
			return Files.readAttributes(local(path), attributes, options);
		}

		@Override
		public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
			pass();
			Files.setAttribute(local(path), attribute, value, options);
		}
	}

	@Override
	public String toString() {
		synchronized (gate) {
			return "SlowFileSystem[" + (hanging ? "hanging" : "flowing") + ", " + waiting + " waiting]";
		}
	}
}
