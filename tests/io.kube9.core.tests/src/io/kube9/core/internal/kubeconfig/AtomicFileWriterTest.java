package io.kube9.core.internal.kubeconfig;

import static io.kube9.core.internal.kubeconfig.Kubeconfigs.read;
import static io.kube9.core.internal.kubeconfig.Kubeconfigs.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file is replaced whole, keeps its mode, follows symlinks, and stays untouched when writing fails. */
class AtomicFileWriterTest {

	@TempDir
	Path dir;

	@Test
	void replacesTheContentAndKeepsTheMode() throws Exception {
		for (String mode : List.of("rw-------", "rw-r-----")) {
			Path file = write(dir.resolve("config-" + mode), "old\n");
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

			new AtomicFileWriter().write(file, bytes("new\n"));

			assertEquals("new\n", read(file));
			assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		}
		assertEquals(List.of(), leftovers(), "no temporary file stays behind");
	}

	@Test
	void writesTheTargetOfASymlink() throws Exception {
		Path target = write(dir.resolve("dotfiles/kubeconfig"), "old\n");
		Path link = Files.createSymbolicLink(dir.resolve("config"), target);

		new AtomicFileWriter().write(link, bytes("new\n"));

		assertTrue(Files.isSymbolicLink(link), "the link is still a link");
		assertEquals(target, Files.readSymbolicLink(link));
		assertEquals("new\n", read(target));
	}

	@Test
	void aFailedReplaceLeavesTheFileUntouched() throws Exception {
		Path file = write(dir.resolve("config"), "original\n");
		AtomicFileWriter failing = new AtomicFileWriter() {
			@Override
			protected void replace(Path source, Path target) throws IOException {
				throw new IOException("simulated rename failure");
			}
		};

		IOException error = assertThrows(IOException.class, () -> failing.write(file, bytes("new\n")));

		assertEquals("simulated rename failure", error.getMessage());
		assertArrayEquals(bytes("original\n"), Files.readAllBytes(file));
		assertEquals(List.of(), leftovers(), "the temporary file is removed");
	}

	@Test
	void aReadOnlyDirectoryLeavesTheFileUntouched() throws Exception {
		Path locked = dir.resolve("locked");
		Path file = write(locked.resolve("config"), "original\n");
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			// The superuser writes anywhere; the check only means something for an ordinary user.
			assumeTrue(!Files.isWritable(locked), "running with permission to write everywhere");

			assertThrows(IOException.class, () -> new AtomicFileWriter().write(file, bytes("new\n")));

			assertEquals("original\n", read(file));
		} finally {
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	private List<Path> leftovers() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
		}
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
