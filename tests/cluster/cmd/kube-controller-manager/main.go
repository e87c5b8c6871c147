// Command kube-controller-manager is the upstream Kubernetes controller manager, built as an ordinary Go
// module dependency like kube-apiserver. It mirrors the upstream entry point
// k8s.io/kubernetes/cmd/kube-controller-manager, including its side-effect imports.
package main

import (
	"os"
	_ "time/tzdata" // CronJob time zone support without a system tzdata

	"k8s.io/component-base/cli"
	_ "k8s.io/component-base/logs/json/register"          // --logging-format=json
	_ "k8s.io/component-base/metrics/prometheus/clientgo" // client-go metrics
	_ "k8s.io/component-base/metrics/prometheus/version"  // build-info metric
	"k8s.io/kubernetes/cmd/kube-controller-manager/app"
)

func main() {
	os.Exit(cli.Run(app.NewControllerManagerCommand()))
}
