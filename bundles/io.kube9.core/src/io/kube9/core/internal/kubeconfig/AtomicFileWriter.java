package io.kube9.core.internal.kubeconfig;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

/**
 * Replaces a file's content all at once: a temporary file beside the real file (symlinks resolved), with the
 * original's permissions, synced, then renamed over it. Readers see the old or the new content, never a mix;
 * a failure leaves the original as it was.
 */
public class AtomicFileWriter {

	private static final String TEMP_SUFFIX = ".tmp";

	public void write(Path file, byte[] content) throws IOException {
		// Writing through a symlink must replace its target, not the link.
		Path target = file.toRealPath();
		Path directory = target.getParent();
		Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", TEMP_SUFFIX);
		boolean replaced = false;
		try {
			copyAttributes(target, temp);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			replace(temp, target);
			replaced = true;
			syncDirectory(directory);
		} finally {
			if (!replaced) {
				deleteQuietly(temp);
			}
		}
	}

	/**
	 * Deletes the temporary files a write of this file left when its process was killed half-way (they hold a copy
	 * of the credentials). Call it only while holding the file's lock, so no write of ours is under way.
	 */
	public static void removeLeftovers(Path file) throws IOException {
		Path target = file.toRealPath();
		String prefix = "." + target.getFileName() + ".";
		try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(target.getParent(),
				entry -> entry.getFileName().toString().startsWith(prefix)
						&& entry.getFileName().toString().endsWith(TEMP_SUFFIX))) {
			for (Path leftover : leftovers) {
				deleteQuietly(leftover);
			}
		}
	}

	/** The atomic step; a test overrides it to fail at the last moment. */
	protected void replace(Path source, Path target) throws IOException {
		Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
	}

	private static void copyAttributes(Path from, Path to) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
		if (view == null) {
			return;
		}
		PosixFileAttributes original = Files.readAttributes(from, PosixFileAttributes.class);
		// Permissions first: a kubeconfig holds credentials, it must never become readable by more people.
		view.setPermissions(original.permissions());
		PosixFileAttributes created = view.readAttributes();
		try {
			if (!created.group().equals(original.group())) {
				view.setGroup(original.group());
			}
			if (!created.owner().equals(original.owner())) {
				view.setOwner(original.owner());
			}
		} catch (IOException e) {
			// Only a privileged process may give a file away; the file then belongs to whoever edits it, as with kubectl.
		}
	}

	private static void syncDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// Not every platform can open or sync a directory; the rename has happened either way.
		}
	}

	private static void deleteQuietly(Path temp) {
		try {
			Files.deleteIfExists(temp);
		} catch (IOException e) {
			// The original is intact; a stray temporary file is the lesser harm than hiding the first failure.
		}
	}
}
