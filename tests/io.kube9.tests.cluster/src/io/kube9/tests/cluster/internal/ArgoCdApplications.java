package io.kube9.tests.cluster.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.ApiextensionsV1Api;
import io.kubernetes.client.openapi.apis.CustomObjectsApi;
import io.kubernetes.client.openapi.models.V1CustomResourceColumnDefinition;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinition;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinitionNames;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinitionSpec;
import io.kubernetes.client.openapi.models.V1CustomResourceDefinitionVersion;
import io.kubernetes.client.openapi.models.V1CustomResourceValidation;
import io.kubernetes.client.openapi.models.V1JSONSchemaProps;
import io.kubernetes.client.openapi.models.V1ObjectMeta;

/**
 * Argo CD as kube9 detects it: the CRD applications.argoproj.io (v1alpha1, namespaced, schema open to any
 * field) and Application objects carrying a sync and health status.
 */
public final class ArgoCdApplications {

	public static final String GROUP = "argoproj.io";
	public static final String VERSION = "v1alpha1";
	public static final String PLURAL = "applications";
	public static final String CRD_NAME = PLURAL + "." + GROUP;

	private static final Duration ESTABLISHED_TIMEOUT = Duration.ofSeconds(30);

	private ArgoCdApplications() {
	}

	public static void create(ApiClient admin) throws ApiException, InterruptedException {
		new ApiextensionsV1Api(admin).createCustomResourceDefinition(definition()).execute();
		CustomObjectsApi objects = new CustomObjectsApi(admin);
		for (DemoContent.Application application : DemoContent.APPLICATIONS) {
			Map<String, Object> body = application(application);
			// The new resource is served only once the CRD is established; until then creates answer 404.
			try {
				Poll.until("custom resource " + CRD_NAME + " served", ESTABLISHED_TIMEOUT, Duration.ofMillis(100),
						() -> {
							try {
								return objects.createNamespacedCustomObject(GROUP, VERSION,
										DemoContent.ARGOCD_NAMESPACE, PLURAL, body).execute();
							} catch (ApiException e) {
								if (e.getCode() == 404) {
									return null;
								}
								throw new IllegalStateException(e);
							}
						});
			} catch (TimeoutException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
	}

	private static V1CustomResourceDefinition definition() {
		return new V1CustomResourceDefinition()
				.metadata(new V1ObjectMeta().name(CRD_NAME))
				.spec(new V1CustomResourceDefinitionSpec().group(GROUP).scope("Namespaced")
						.names(new V1CustomResourceDefinitionNames().kind("Application").listKind("ApplicationList")
								.plural(PLURAL).singular("application").shortNames(List.of("app", "apps")))
						.addVersionsItem(new V1CustomResourceDefinitionVersion().name(VERSION).served(true).storage(true)
								.schema(new V1CustomResourceValidation().openAPIV3Schema(openObject()))
								.addAdditionalPrinterColumnsItem(column("Sync Status", ".status.sync.status"))
								.addAdditionalPrinterColumnsItem(column("Health Status", ".status.health.status"))));
	}

	/**
	 * type: object, x-kubernetes-preserve-unknown-fields: true, and nothing else. The client's model starts
	 * with empty lists and maps and sends them; the API server rejects e.g. an empty 'dependencies'.
	 */
	private static V1JSONSchemaProps openObject() {
		return new V1JSONSchemaProps().type("object").xKubernetesPreserveUnknownFields(true).allOf(null).anyOf(null)
				.oneOf(null).definitions(null).dependencies(null)._enum(null).patternProperties(null).properties(null)
				.required(null).xKubernetesListMapKeys(null).xKubernetesValidations(null);
	}

	private static V1CustomResourceColumnDefinition column(String name, String path) {
		return new V1CustomResourceColumnDefinition().name(name).type("string").jsonPath(path);
	}

	private static Map<String, Object> application(DemoContent.Application application) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("repoURL", application.repoUrl());
		source.put("path", application.path());
		source.put("targetRevision", "HEAD");
		Map<String, Object> destination = new LinkedHashMap<>();
		destination.put("server", "https://kubernetes.default.svc");
		destination.put("namespace", application.destinationNamespace());
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("project", "default");
		spec.put("source", source);
		spec.put("destination", destination);
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("sync", Map.of("status", application.sync(), "revision", Names.suffix(application.name(), 40)));
		status.put("health", Map.of("status", application.health()));
		status.put("reconciledAt", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("name", application.name());
		metadata.put("namespace", DemoContent.ARGOCD_NAMESPACE);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("apiVersion", GROUP + "/" + VERSION);
		body.put("kind", "Application");
		body.put("metadata", metadata);
		body.put("spec", spec);
		body.put("status", status);
		return body;
	}
}
