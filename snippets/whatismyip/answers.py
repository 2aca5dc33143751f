from ip_services import Service, ServiceError, parse_ip

IPIFY = Service("ipify", "https://api.ipify.org?format=json", "ip")
ICANHAZIP = Service("icanhazip", "https://icanhazip.com", None)

ANSWERS = [
    (ICANHAZIP, "203.0.113.7\n"),
    (ICANHAZIP, "2001:DB8:0::7\n"),
    (IPIFY, '{"ip": "203.0.113.7"}'),
    (ICANHAZIP, "<html><title>Too many requests</title>"),
    (IPIFY, '{"ip": "203.0.11'),
    (IPIFY, '{"query": "203.0.113.7"}'),
    (IPIFY, '{"ip": 3405803783}'),
    (ICANHAZIP, "203.0.113.256"),
]

for service, body in ANSWERS:
    try:
        result = parse_ip(service, body)
    except ServiceError as error:
        result = f"ServiceError: {error}"
    print(f"{service.name} answers {body!r}\n    {result}")
