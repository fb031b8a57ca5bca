/**
 * A new `Gateway` document modelled on the guide's `public-gateway`: plain HTTP on port 80 of Istio's default
 * ingress gateway, admitting any Host. Comments explain each part in our own words.
 */
export const publicGatewayTemplate = `# An Istio Gateway: the door into the mesh. Reference it from the Canary as
# service.gateways: [istio-system/public-gateway]; only requests entering here follow the canary routes.
apiVersion: networking.istio.io/v1beta1
kind: Gateway
metadata:
  name: public-gateway
  namespace: istio-system
spec:
  # Which proxy pods run this Gateway: the istio-ingressgateway Deployment carries this label.
  selector:
    istio: ingressgateway
  servers:
    # One listener: plain HTTP on port 80.
    - port:
        number: 80
        name: http
        protocol: HTTP
      # Host headers admitted here; "*" lets every host in. A VirtualService bound to this Gateway
      # still answers only for the hosts in its own list (the Canary's service.hosts).
      hosts:
        - "*"
`
