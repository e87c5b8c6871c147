package io.kube9.tests.cluster.internal;

import java.util.List;
import java.util.Map;

import io.kube9.tests.cluster.internal.DemoContent.Claim;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.apis.NetworkingV1Api;
import io.kubernetes.client.openapi.apis.StorageV1Api;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1HTTPIngressPath;
import io.kubernetes.client.openapi.models.V1HTTPIngressRuleValue;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1IngressBackend;
import io.kubernetes.client.openapi.models.V1IngressRule;
import io.kubernetes.client.openapi.models.V1IngressServiceBackend;
import io.kubernetes.client.openapi.models.V1IngressSpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1ObjectReference;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimSpec;
import io.kubernetes.client.openapi.models.V1PersistentVolumeSpec;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceBackendPort;
import io.kubernetes.client.openapi.models.V1ServicePort;
import io.kubernetes.client.openapi.models.V1ServiceSpec;
import io.kubernetes.client.openapi.models.V1StorageClass;
import io.kubernetes.client.openapi.models.V1VolumeResourceRequirements;

/** The demo's services, ingresses, config maps, secrets and storage (class, volumes, claims with their status). */
final class DemoResources {

	private final CoreV1Api core;
	private final NetworkingV1Api networking;
	private final StorageV1Api storage;

	DemoResources(ApiClient admin) {
		this.core = new CoreV1Api(admin);
		this.networking = new NetworkingV1Api(admin);
		this.storage = new StorageV1Api(admin);
	}

	void services() throws ApiException {
		for (DemoContent.Service service : DemoContent.SERVICES) {
			V1ServiceSpec spec = new V1ServiceSpec().type(service.type()).clusterIP(service.clusterIp())
					.selector(Map.of("app", service.app()))
					.addPortsItem(new V1ServicePort().name("main").port(service.port()).protocol("TCP")
							.targetPort(new IntOrString(service.port() == 53 ? 53 : 8080)));
			core.createNamespacedService(service.namespace(),
					new V1Service().metadata(metadata(service.namespace(), service.name())).spec(spec)).execute();
		}
	}

	void ingresses() throws ApiException {
		for (DemoContent.Ingress ingress : DemoContent.INGRESSES) {
			V1IngressBackend backend = new V1IngressBackend().service(new V1IngressServiceBackend()
					.name(ingress.service()).port(new V1ServiceBackendPort().number(ingress.port())));
			networking.createNamespacedIngress(ingress.namespace(), new V1Ingress()
					.metadata(metadata(ingress.namespace(), ingress.name()))
					.spec(new V1IngressSpec().addRulesItem(new V1IngressRule().host(ingress.host())
							.http(new V1HTTPIngressRuleValue().addPathsItem(
									new V1HTTPIngressPath().path("/").pathType("Prefix").backend(backend))))))
					.execute();
		}
	}

	void configMapsAndSecrets() throws ApiException {
		for (DemoContent.ConfigMap configMap : DemoContent.CONFIG_MAPS) {
			core.createNamespacedConfigMap(configMap.namespace(), new V1ConfigMap()
					.metadata(metadata(configMap.namespace(), configMap.name())).data(configMap.data())).execute();
		}
		for (DemoContent.Secret secret : DemoContent.SECRETS) {
			core.createNamespacedSecret(secret.namespace(), new V1Secret()
					.metadata(metadata(secret.namespace(), secret.name())).type(secret.type())
					.stringData(secret.data())).execute();
		}
	}

	/**
	 * A default StorageClass, a PersistentVolume per bound claim and the claims, each bound claim and its
	 * volume naming each other: the controller-manager's volume binder completes the binding.
	 */
	void storage() throws ApiException {
		storage.createStorageClass(new V1StorageClass()
				.metadata(new V1ObjectMeta().name(DemoContent.STORAGE_CLASS)
						.putAnnotationsItem("storageclass.kubernetes.io/is-default-class", "true"))
				.provisioner("rancher.io/local-path").reclaimPolicy("Delete")
				.volumeBindingMode("WaitForFirstConsumer")).execute();
		for (Claim claim : DemoContent.CLAIMS) {
			V1PersistentVolumeClaimSpec spec = new V1PersistentVolumeClaimSpec()
					.accessModes(List.of("ReadWriteOnce")).storageClassName(DemoContent.STORAGE_CLASS)
					.resources(new V1VolumeResourceRequirements()
							.requests(Map.of("storage", Quantity.fromString(claim.size()))));
			if (claim.bound()) {
				core.createPersistentVolume(new V1PersistentVolume()
						.metadata(new V1ObjectMeta().name(claim.volume()))
						.spec(new V1PersistentVolumeSpec()
								.capacity(Map.of("storage", Quantity.fromString(claim.size())))
								.accessModes(List.of("ReadWriteOnce")).persistentVolumeReclaimPolicy("Delete")
								.storageClassName(DemoContent.STORAGE_CLASS)
								.hostPath(new V1HostPathVolumeSource()
										.path("/var/lib/kube9-demo/" + claim.namespace() + "/" + claim.name()))
								.claimRef(new V1ObjectReference().kind("PersistentVolumeClaim").apiVersion("v1")
										.namespace(claim.namespace()).name(claim.name()))))
						.execute();
				spec.volumeName(claim.volume());
			}
			core.createNamespacedPersistentVolumeClaim(claim.namespace(),
					new V1PersistentVolumeClaim().metadata(metadata(claim.namespace(), claim.name())).spec(spec))
					.execute();
		}
	}

	private static V1ObjectMeta metadata(String namespace, String name) {
		return new V1ObjectMeta().namespace(namespace).name(name);
	}
}
