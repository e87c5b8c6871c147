package io.kube9.core.internal.kubeconfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;

/**
 * One read-edit-write of a kubeconfig file that is safe beside kubectl and other writers: under client-go's lock
 * file, on a read that is not a half-written file, redone on the new text when the file changed after it was
 * read, and never onto a read-only file. The write itself replaces the file at once ({@link AtomicFileWriter}).
 */
final class KubeconfigFileEditor {

	/** One edit of the file's text. */
	interface Edit {
		String apply(String text) throws KubeconfigEditException;
	}

	static final Duration LOCK_WAIT = Duration.ofSeconds(5);
	/** How long a file that reads empty or unparsable, but had content, is given to be written completely. */
	static final Duration SETTLE_WAIT = Duration.ofSeconds(2);
	private static final long SETTLE_PAUSE_MILLIS = 50;
	private static final int MAX_EDITS = 5;
	private static final Set<PosixFilePermission> WRITE_PERMISSIONS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

	private final AtomicFileWriter writer;
	private final Duration lockWait;

	KubeconfigFileEditor(AtomicFileWriter writer, Duration lockWait) {
		this.writer = writer;
		this.lockWait = lockWait;
	}

	/**
	 * @param hadContent whether the last good snapshot took entries from the file (so an empty read is not the
	 *                   truth but a writer at work)
	 * @param what       what is written, for messages ("the namespace of context 'x'")
	 */
	void edit(Path file, boolean hadContent, String context, String what, Edit edit) throws KubeException {
		refuseReadOnly(file, context, what);
		try (KubeconfigLock lock = KubeconfigLock.acquire(file, lockWait)) {
			AtomicFileWriter.removeLeftovers(file);
			for (int attempt = 0; attempt < MAX_EDITS; attempt++) {
				String text = settledText(file, hadContent, context, what);
				String edited = apply(edit, text, file, context, what);
				if (edited.equals(text)) {
					return;
				}
				// A writer that ignores the lock (an editor) may have saved since: edit its text instead.
				if (!KubeconfigFileReader.readText(file).equals(text)) {
					continue;
				}
				writer.write(file, edited.getBytes(StandardCharsets.UTF_8));
				return;
			}
			throw failure(context, what, file, KubeconfigMessages.write_keepsChanging, null);
		} catch (KubeconfigLock.HeldException e) {
			throw new KubeException(ErrorKind.KUBECONFIG, context,
					NLS.bind(KubeconfigMessages.write_locked, new Object[] { what, file, lockWait.toSeconds() }),
					NLS.bind(KubeconfigMessages.write_lockedAction, e.lock()), e.lock().toString(), e);
		} catch (IOException e) {
			throw failure(context, what, file, KubeconfigFileReader.reason(e), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw failure(context, what, file, KubeconfigMessages.write_interrupted, e);
		}
	}

	/**
	 * The file's text, once it reads as a kubeconfig with content if it had content: kubectl truncates a file
	 * before it writes it, so a reader can catch it empty or cut off.
	 */
	private static String settledText(Path file, boolean hadContent, String context, String what)
			throws IOException, InterruptedException, KubeException {
		long deadline = System.nanoTime() + SETTLE_WAIT.toNanos();
		while (true) {
			String text = KubeconfigFileReader.readText(file);
			if (!hadContent || hasContent(text)) {
				return text;
			}
			if (System.nanoTime() > deadline) {
				throw failure(context, what, file, KubeconfigMessages.write_readsBroken, null);
			}
			TimeUnit.MILLISECONDS.sleep(SETTLE_PAUSE_MILLIS);
		}
	}

	/** Whether the text is YAML holding an entry or a current-context. */
	static boolean hasContent(String text) {
		try {
			return KubeconfigYaml.newYaml().load(text) instanceof Map<?, ?> root && (root.get("clusters") != null
					|| root.get("users") != null || root.get("contexts") != null
					|| root.get("current-context") != null);
		} catch (RuntimeException e) {
			return false;
		}
	}

	private static String apply(Edit edit, String text, Path file, String context, String what)
			throws KubeException {
		try {
			return edit.apply(text);
		} catch (KubeconfigEditException e) {
			throw new KubeException(ErrorKind.KUBECONFIG, context,
					NLS.bind(KubeconfigMessages.write_cannot, new Object[] { what, file, e.getMessage() }),
					KubeconfigMessages.write_cannotAction, "", null);
		}
	}

	/**
	 * A file nobody may write is read-only by intent (even to the superuser, who could write it anyway); the rename
	 * of an atomic write would replace it all the same, so it is refused here.
	 */
	private static void refuseReadOnly(Path file, String context, String what) throws KubeException {
		try {
			Path target = file.toRealPath();
			PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
			boolean noWriteBit = posix != null
					&& posix.readAttributes().permissions().stream().noneMatch(WRITE_PERMISSIONS::contains);
			if (noWriteBit || !Files.isWritable(target)) {
				throw failure(context, what, file, KubeconfigMessages.write_readOnly, null);
			}
		} catch (IOException e) {
			throw failure(context, what, file, KubeconfigFileReader.reason(e), e);
		}
	}

	private static KubeException failure(String context, String what, Path file, String reason, Exception cause) {
		return new KubeException(ErrorKind.KUBECONFIG, context,
				NLS.bind(KubeconfigMessages.write_failed, new Object[] { what, file, reason }),
				KubeconfigMessages.write_failedAction, cause == null ? "" : cause.getClass().getSimpleName(), cause);
	}
}
