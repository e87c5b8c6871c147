package io.kube9.tests.cluster.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kube9.tests.cluster.TestCluster;
import io.kube9.tests.cluster.internal.ClusterFiles;
import io.kube9.tests.cluster.internal.ClusterState;

/**
 * Compacts a test cluster's etcd up to its current revision, through etcd's JSON gateway: every older
 * resourceVersion is gone, so the API server answers a continue token issued before with 410 Gone, as it does
 * once its own compaction (every five minutes) passed a token a user kept.
 */
public final class EtcdCompaction {

	private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*\"?(\\d+)");
	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private EtcdCompaction() {
	}

	/** @return the revision compacted to */
	public static long compactNow(TestCluster cluster) throws IOException, InterruptedException {
		URI etcd = clientUrl(cluster);
		HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
		// Any read answers with the store's current revision in its header.
		String range = post(http, etcd.resolve("/v3/kv/range"), "{\"key\":\"AA==\",\"limit\":1}");
		Matcher revision = REVISION.matcher(range);
		if (!revision.find()) {
			throw new IOException("etcd did not say its revision: " + range);
		}
		long current = Long.parseLong(revision.group(1));
		post(http, etcd.resolve("/v3/kv/compaction"), "{\"revision\":\"" + current + "\",\"physical\":true}");
		return current;
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
