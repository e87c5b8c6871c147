// Command kube-apiserver is the upstream Kubernetes API server, built as an
// ordinary Go module dependency so tests can run a real API server without
// container images or release downloads. It mirrors the upstream entry point
// k8s.io/kubernetes/cmd/kube-apiserver, including its side-effect imports.
package main

import (
	"os"
	_ "time/tzdata" // CronJob time zone support without a system tzdata

	"k8s.io/component-base/cli"
	_ "k8s.io/component-base/logs/json/register"          // --logging-format=json
	_ "k8s.io/component-base/metrics/prometheus/clientgo" // client-go metrics
	_ "k8s.io/component-base/metrics/prometheus/version"  // build-info metric
	"k8s.io/kubernetes/cmd/kube-apiserver/app"
)

func main() {
	os.Exit(cli.Run(app.NewAPIServerCommand()))
}
