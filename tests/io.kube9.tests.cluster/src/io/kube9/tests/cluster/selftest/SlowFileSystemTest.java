package io.kube9.tests.cluster.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.tests.cluster.support.SlowFileSystem;

/** A slow path reads like the local file, and waits while the file system hangs. */
class SlowFileSystemTest {

	@TempDir
	Path directory;

	@Test
	void aSlowPathIsTheLocalFile() throws Exception {
		Path local = Files.writeString(directory.resolve("config"), "apiVersion: v1\n");
		SlowFileSystem slow = new SlowFileSystem();
		Path path = slow.path(local);
		assertEquals(local.toString(), path.toString());
		assertTrue(Files.isRegularFile(path));
		assertEquals("apiVersion: v1\n", Files.readString(path));
		assertEquals(slow.path(directory), path.getParent());
		assertEquals(slow.path(directory.resolve("certs/ca.crt")), path.getParent().resolve(Path.of("certs/ca.crt")));
		assertFalse(Files.exists(path.resolveSibling("missing")));
	}

	@Test
	void readsWaitWhileItHangs() throws Exception {
		Path local = Files.writeString(directory.resolve("config"), "apiVersion: v1\n");
		SlowFileSystem slow = new SlowFileSystem();
		Path path = slow.path(local);
		slow.hang();
		CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
			try {
				return Files.readString(path);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		try {
			assertTrue(slow.awaitWaiting(1, Duration.ofSeconds(10)), slow.toString());
			assertFalse(read.isDone());
		} finally {
			slow.release();
		}
		assertEquals("apiVersion: v1\n", read.get(10, TimeUnit.SECONDS));
		assertEquals(0, slow.waiting());
	}
}
