package io.kube9.tests.cluster.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.internal.ClusterFiles;
import io.kube9.tests.cluster.internal.ClusterState;

/**
 * Compacts a test cluster's etcd past everything written so far, through etcd's JSON gateway, and announces it as
 * an API server does: every resourceVersion handed out is gone, so the API server answers a continue token
 * issued before with 410 Gone (once its watch cache noticed, within about 15 s), as it does when its own
 * compaction (every five minutes) passed a token a user kept.
 */
public final class EtcdCompaction {

	private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*\"?(\\d+)");
	private static final Duration TIMEOUT = Duration.ofSeconds(10);
	/** The key kube-apiserver keeps the last compacted revision under (k8s.io/apiserver etcd3/compact.go). */
	private static final String COMPACT_REVISION_KEY = "compact_rev_key";

	private EtcdCompaction() {
	}

	/** @return the revision compacted to */
	public static long compactNow(TestCluster cluster) throws IOException, InterruptedException {
		URI etcd = clientUrl(cluster);
		HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
		// A write outside the API server's keys moves the revision past every resourceVersion handed out so far.
		String marker = base64("/kube9-test/compaction");
		String put = post(http, etcd.resolve("/v3/kv/put"), "{\"key\":\"" + marker + "\",\"value\":\"" + marker + "\"}");
		Matcher revision = REVISION.matcher(put);
		if (!revision.find()) {
			throw new IOException("etcd did not say its revision: " + put);
		}
		long current = Long.parseLong(revision.group(1));
		post(http, etcd.resolve("/v3/kv/compaction"), "{\"revision\":\"" + current + "\",\"physical\":true}");
		// Announced where API servers announce their compactions to each other: the API server's watch cache then
		// drops its snapshots from before (within its 15 s poll), so old tokens reach etcd and meet the compaction.
		post(http, etcd.resolve("/v3/kv/put"), "{\"key\":\"" + base64(COMPACT_REVISION_KEY) + "\",\"value\":\""
				+ base64(Long.toString(current)) + "\"}");
		return current;
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String post(HttpClient http, URI uri, String body) throws IOException, InterruptedException {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IOException(uri + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}

	/** Where etcd listens: read from its command line, as the cluster's state records only its process. */
	private static URI clientUrl(TestCluster cluster) throws IOException {
		ClusterState state = ClusterState.load(new ClusterFiles(cluster.directory()))
				.orElseThrow(() -> new IOException("no state in " + cluster.directory()));
		String[] arguments = state.etcdProcess().flatMap(process -> process.handle())
				.flatMap(handle -> handle.info().arguments())
				.orElseThrow(() -> new IOException("etcd of " + cluster + " is not running"));
		return Arrays.stream(arguments).filter(argument -> argument.startsWith("--listen-client-urls="))
				.map(argument -> URI.create(argument.substring(argument.indexOf('=') + 1).split(",")[0]))
				.findFirst().orElseThrow(() -> new IOException("etcd's client URL not in " + Arrays.toString(arguments)));
	}
}
