curl -sS -X POST 'https://apidev.iserveu.online/common/dmt-lite/unified/customer/get-customer' \
  -H 'Content-Type: application/json' \
  -H "client_id: $DMT_CLIENT_ID" \
  -H "client_secret: $DMT_CLIENT_SECRET" \
  -d '{"mobileNumber":"8144094480","username":"isutestapi1","latlong":"22.8031731,88.7874172","publicIP":"203.0.113.10"}'
